package gomini.interp;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Spec;
import gomini.check.Info;
import gomini.check.Symbol;
import gomini.interp.nodes.StmtNode;
import gomini.interp.nodes.Stmts;
import gomini.runtime.ProgramIO;
import gomini.runtime.Zero;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Turns the checked AST into executable nodes: one FunctionCode per function, method and func literal;
 * methods get their code attached to their types.Func; package variables become the globals array.
 * Function bodies are compiled by {@link FuncCompiler} (statements) on {@link ExprCompiler} (expressions).
 */
public final class Compiler {
    final Info info;
    final Object[] globals;
    final ProgramIO io;
    final IdentityHashMap<Decl.FuncDecl, FunctionCode> codes = new IdentityHashMap<>();
    final IdentityHashMap<Func, FunctionCode> methodCodes = new IdentityHashMap<>();
    final java.util.HashMap<String, Object> nativeVars = new java.util.HashMap<>();

    private Compiler(Info info, ProgramIO io) {
        this(info, io, info.globalCount);
    }

    /** globalsCapacity: room for globals declared later (a REPL session's inputs, see {@link SessionCompiler}). */
    Compiler(Info info, ProgramIO io, int globalsCapacity) {
        this.info = info;
        this.globals = new Object[globalsCapacity];
        this.io = io;
    }

    public static Program compile(List<File> files, Info info, ProgramIO io) {
        return new Compiler(info, io).program(files);
    }

    private Program program(List<File> files) {
        for (Symbol s : info.defs.values()) {
            if (s instanceof Symbol.Var v && v.kind() == Symbol.Var.Kind.GLOBAL && v.index >= 0) {
                globals[v.index] = Zero.of(v.type());
            }
        }
        List<Decl.FuncDecl> decls = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.FuncDecl fd && fd.body() != null) {
                    decls.add(fd);
                    FunctionCode code = new FunctionCode(goName(fd), fd.pos().file(), fd.pos().line(),
                            fd.recv() != null || !fd.type().params().isEmpty());
                    codes.put(fd, code);
                    Func m = methodOf(fd);
                    if (m != null) {
                        methodCodes.put(m, code);
                        m.setImpl(new Closure(code, null));
                    }
                }
            }
        }
        FunctionCode main = null;
        for (Decl.FuncDecl fd : decls) {
            FunctionCode code = codes.get(fd);
            new FuncCompiler(this, code, info.funcs.get(fd), null).compileBody(fd.type(), fd.body());
            if (fd.recv() == null && fd.name().name().equals("main") && pkgPath(fd).equals("main")) {
                main = code;
            }
        }
        // per package, dependencies first: its variables, then its init functions
        List<FunctionCode> sequence = new ArrayList<>();
        for (Info.PackageInfo p : info.packages) {
            String file = p.files().isEmpty() ? "" : p.files().get(0).path();
            FunctionCode vars = new FunctionCode(p.path() + ".init", file, 0, false);
            new FuncCompiler(this, vars, new Info.FuncInfo(0, List.of(), List.of(), List.of()), null)
                    .compileInit(p.initOrder());
            sequence.add(vars);
            for (Decl.FuncDecl in : p.inits()) {
                if (codes.get(in) != null) {
                    sequence.add(codes.get(in));
                }
            }
        }
        FunctionCode init = sequence.remove(0);
        return new Program(globals, init, sequence, main);
    }

    private String pkgPath(Decl.FuncDecl fd) {
        Info.PackageInfo p = info.funcPackages.get(fd);
        return p == null ? "main" : p.path();
    }

    String goName(Decl.FuncDecl fd) {
        String name = fd.name().name();
        String pkg = pkgPath(fd);
        if (fd.recv() == null) {
            return pkg + "." + name;
        }
        Type t = info.types.get(fd.recv().type()).type();
        if (t instanceof Pointer p) {
            return pkg + ".(*" + ((Named) p.elem()).name() + ")." + name;
        }
        return pkg + "." + ((Named) t).name() + "." + name;
    }

    Func methodOf(Decl.FuncDecl fd) {
        if (fd.recv() == null) {
            return null;
        }
        Info.TypeAndValue tv = info.types.get(fd.recv().type());
        if (tv == null) {
            return null;
        }
        Type t = tv.type();
        if (t instanceof Pointer p) {
            t = p.elem();
        }
        return t instanceof Named n ? n.method(fd.name().name()) : null;
    }

    Object nativeVar(Symbol.NativeVar v) {
        String key = v.pkg() + "." + v.name();
        return nativeVars.computeIfAbsent(key, k -> {
            gomini.lib.GoPackage p = gomini.lib.Registry.lookup(v.pkg());
            gomini.lib.GoPackage.VarMember m = (gomini.lib.GoPackage.VarMember) p.member(v.name());
            return new Object[] {m.initial().apply(io)};
        });
    }

    static StmtNode empty() {
        return new Stmts.EmptyNode();
    }
}
