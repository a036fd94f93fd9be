package gomini.interp;

import gomini.ast.Decl;
import gomini.ast.File;
import gomini.ast.Stmt;
import gomini.check.Info;
import gomini.check.Symbol;
import gomini.interp.nodes.StmtNode;
import gomini.interp.nodes.Stmts;
import gomini.runtime.GoFunc;
import gomini.runtime.ProgramIO;
import gomini.runtime.Zero;
import gomini.types.Func;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler of an interactive session (gomini.repl), input by input, against the one growing
 * {@link Info} of a {@link gomini.check.Session}. Globals live in one array made large enough for the
 * whole session ({@link #MAX_GLOBALS}): compiled nodes hold the array itself, so it can never be
 * replaced by a bigger one without recompiling everything.
 *
 * <p>A redefined function gets new code, which inputs compiled later call. When its signature is the
 * same, the old code forwards to the new one (its body becomes a call of the new code), so functions
 * compiled earlier and func values taken earlier call the new definition too (tracebacks then show both
 * frames); with another signature they keep the old one. A redefined method replaces its types.Func's
 * impl, so dynamic calls (through interfaces) see the new one; static calls compiled earlier do not.
 */
public final class SessionCompiler {
    /** Variables one session may declare (every top-level {@code x :=} of an input takes one). */
    public static final int MAX_GLOBALS = 1 << 16;

    private final Compiler compiler;
    /** The latest code and signature of each top-level function, by name. */
    private final java.util.Map<String, FunctionCode> funcs = new java.util.HashMap<>();
    private final java.util.Map<String, gomini.types.Signature> sigs = new java.util.HashMap<>();

    public SessionCompiler(Info info, ProgramIO io) {
        this.compiler = new Compiler(info, io, MAX_GLOBALS);
    }

    /** Compiles the functions and methods of an input checked with {@link gomini.check.Session#declare}. */
    public void declare(File f) {
        List<Decl.FuncDecl> decls = new ArrayList<>();
        for (Decl d : f.decls()) {
            if (d instanceof Decl.FuncDecl fd && fd.body() != null) {
                decls.add(fd);
                FunctionCode code = new FunctionCode(compiler.goName(fd), fd.pos().file(), fd.pos().line(),
                        fd.recv() != null || !fd.type().params().isEmpty());
                compiler.codes.put(fd, code);
                Func m = compiler.methodOf(fd);
                if (m != null) {
                    compiler.methodCodes.put(m, code);
                    m.setImpl(new Closure(code, null));
                }
            }
        }
        if (decls.stream().anyMatch(fd -> fd.recv() != null)) {
            MethodSets.clearCache();
        }
        for (Decl.FuncDecl fd : decls) {
            FunctionCode code = compiler.codes.get(fd);
            new FuncCompiler(compiler, code, compiler.info.funcs.get(fd), null).compileBody(fd.type(), fd.body());
            if (fd.recv() == null && compiler.info.defs.get(fd.name()) instanceof Symbol.Func sym) {
                String name = fd.name().name();
                FunctionCode prev = funcs.get(name);
                if (prev != null && sigs.get(name) == sym.type()) {
                    forward(prev, code);
                }
                funcs.put(name, code);
                sigs.put(name, sym.type());
            }
        }
    }

    /**
     * Makes old (same signature) call code with its arguments. Its result slots are dropped first, so a
     * call racing with this sees either the old body or the forwarding one return through Frame.ret.
     */
    private static void forward(FunctionCode old, FunctionCode code) {
        int[] ps = old.paramSlots;
        boolean[] pb = old.paramBoxed;
        old.resultSlots = null;
        old.body = new StmtNode() {
            @Override
            public int exec(gomini.interp.Frame f) {
                Object[] args = new Object[ps.length];
                for (int i = 0; i < ps.length; i++) {
                    int slot = ps[i];
                    args[i] = slot < 0 ? null : pb[i] ? ((gomini.runtime.Cell) f.slots[slot]).value : f.slots[slot];
                }
                f.ret = code.call(f.g, args, null);
                return RETURN;
            }
        };
    }

    /**
     * The initialization of package-level variables an input declared (see
     * {@link gomini.check.Session#declare}): zeroes their globals now and returns the function that runs
     * the initializers, in order.
     */
    public GoFunc initializers(String file, List<Symbol.Var> vars, List<Info.Initializer> inits) {
        zero(vars);
        FunctionCode init = new FunctionCode("main.init", file, 0, false);
        new FuncCompiler(compiler, init, new Info.FuncInfo(0, List.of(), List.of(), List.of()), null)
                .compileInit(inits);
        return new Closure(init, null);
    }

    private void zero(List<Symbol.Var> vars) {
        for (Symbol.Var v : vars) {
            if (v.index >= compiler.globals.length) {
                throw new IllegalStateException("too many variables in this session (" + MAX_GLOBALS + "): use :reset");
            }
            compiler.globals[v.index] = Zero.of(v.type());
        }
    }

    /**
     * Compiles an input's statements (checked with {@link gomini.check.Session#cell}) into a function of
     * no arguments. It returns the value of {@code value} (the last statement, an expression whose value
     * is printed; null for none): one value, or an Object[] for several. newGlobals are the variables
     * the input declares at its top level: they are zeroed here. Throws IllegalStateException when the
     * session has no room left for them.
     */
    public GoFunc cell(Decl.FuncDecl cell, Stmt.ExprStmt value, List<Symbol.Var> newGlobals) {
        zero(newGlobals);
        FunctionCode code = new FunctionCode("main.main", cell.pos().file(), cell.pos().line(), false);
        FuncCompiler fc = new FuncCompiler(compiler, code, compiler.info.funcs.get(cell), null);
        Stmt.BlockStmt body = cell.body();
        if (value == null) {
            fc.compileBody(cell.type(), body);
        } else {
            List<Stmt> before = body.list().subList(0, body.list().size() - 1);
            fc.compileBody(cell.type(), new Stmt.BlockStmt(body.pos(), before, body.rbrace()));
            StmtNode ret = new Stmts.ReturnNode(fc.expr(value.x()));
            code.body = new Stmts.BlockNode(new StmtNode[] {code.body, ret},
                    new int[] {body.pos().line(), value.pos().line()});
        }
        return new Closure(code, null);
    }
}
