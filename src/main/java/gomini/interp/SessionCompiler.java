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
 * <p>A redefined function gets new code: inputs compiled later call it; functions compiled earlier keep
 * calling the code they were compiled against. A redefined method replaces its types.Func's impl, so
 * dynamic calls (through interfaces) see the new one.
 */
public final class SessionCompiler {
    /** Variables one session may declare (every top-level {@code x :=} of an input takes one). */
    public static final int MAX_GLOBALS = 1 << 16;

    private final Compiler compiler;

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
            new FuncCompiler(compiler, compiler.codes.get(fd), compiler.info.funcs.get(fd), null)
                    .compileBody(fd.type(), fd.body());
        }
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
