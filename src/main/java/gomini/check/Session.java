package gomini.check;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Spec;
import gomini.ast.Stmt;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.lib.GoPackage;
import gomini.lib.Registry;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Incremental checking for an interactive session (gomini.repl): one package main that grows input by
 * input, instead of a whole program checked at once.
 *
 * <ul>
 * <li>Package scope persists. {@link #declare} adds an input's package-level declarations (func, type,
 * const, methods); a name declared by an earlier input is replaced, not "redeclared". Symbols already
 * handed out stay valid, so values made with a replaced type keep their (old) type.
 * <li>{@link #cell} checks an input's statements as the body of a function (the input's "main"). A
 * variable declared at the top level of that body ({@code x := e}, {@code var x T}) becomes a
 * package-level variable (a GLOBAL with a fresh index), visible to later inputs. Inner blocks and
 * closures keep ordinary locals.
 * <li>One expression statement, the input's last, may be a value that is not used (the session prints it).
 * <li>The auto-imported packages are found after package scope, before the universe, and are never
 * "imported and not used"; explicit imports add to the session's file scope.
 * </ul>
 * The one {@link Info} grows with every input; {@link Info#globalCount} counts every variable ever
 * declared (a redeclared variable takes a new index).
 */
public final class Session {
    private final Checker c = new Checker();
    private final Scope file = new Scope(null, null);
    private final Map<String, Symbol.PkgName> auto = new HashMap<>();
    private Decl.FuncDecl cellDecl;
    private Stmt.ExprStmt valueStmt;
    private final List<Expr.Ident> promotedIdents = new ArrayList<>();
    private final List<Symbol.Var> promoted = new ArrayList<>();

    /** autoImports: import paths usable without an import declaration (fmt, time, ...). */
    public Session(List<String> autoImports) {
        c.session = this;
        c.decls.replacing = true;
        for (String path : autoImports) {
            GoPackage p = Registry.lookup(path);
            if (p != null) {
                auto.put(p.name(), new Symbol.PkgName(p.name(), path));
            }
        }
    }

    public Info info() {
        return c.info;
    }

    /**
     * Adds an input's package-level declarations (var declarations included: their initializers are
     * returned, for the caller to run). On errors nothing of the input is kept.
     */
    /**
     * What a declaration input adds that must run: its package-level variables (their globals must be
     * zeroed) and their initializers, in source order.
     */
    public record Declared(List<Symbol.Var> vars, List<Info.Initializer> inits) {}

    public Declared declare(File f) throws CompileError {
        Map<String, DeclCollector.Obj> saved = new java.util.LinkedHashMap<>(c.decls.objects);
        List<Decl> decls = new ArrayList<>();
        for (Decl d : f.decls()) {
            if (!(d instanceof Decl.GenDecl g && g.tok() == gomini.ast.Token.IMPORT)) {
                decls.add(d);
            }
        }
        for (Spec.ImportSpec is : f.imports()) {
            importSpec(is);
        }
        List<DeclCollector.Obj> added = c.decls.addIncremental(decls, file);
        c.finishTypes();
        List<Diagnostic> errs = c.drainErrors();
        if (!errs.isEmpty()) {
            c.decls.objects.clear();
            c.decls.objects.putAll(saved);
            for (Map.Entry<gomini.types.Named, gomini.types.Func> e : c.decls.addedMethods) {
                e.getKey().methods().remove(e.getValue());
            }
            for (Map.Entry<gomini.types.Named, gomini.types.Func> e : c.decls.replacedMethods) {
                e.getKey().methods().add(e.getValue());
            }
            throw new CompileError(errs);
        }
        List<Symbol.Var> vars = new ArrayList<>();
        List<Info.Initializer> inits = new ArrayList<>();
        java.util.Set<Info.Initializer> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (DeclCollector.Obj o : added) {
            if (o.kind == DeclCollector.Kind.VAR && o.sym instanceof Symbol.Var v) {
                vars.add(v);
                if (o.init != null && seen.add(o.init)) {
                    inits.add(o.init);
                }
            }
        }
        return new Declared(vars, inits);
    }

    private void importSpec(Spec.ImportSpec is) {
        GoPackage p = Registry.lookup(is.path());
        if (p == null) {
            c.error(is.pathPos(), "package " + is.path() + " is not in std");
            return;
        }
        String name = is.name() == null ? p.name() : is.name().name();
        if (name.equals("_") || name.equals(".")) {
            return;
        }
        file.put(name, new Symbol.PkgName(name, is.path()), is.pathPos());
    }

    /**
     * Checks an input's statements: cell is a parameterless function holding them; value, if not null,
     * is its last statement, an expression whose value the session prints. Returns the package-level
     * variables the input declares at its top level (their globals must be zeroed before it runs); they
     * are visible to later inputs only once this returns. On errors nothing of the input is kept.
     */
    public List<Symbol.Var> cell(Decl.FuncDecl cell, Stmt.ExprStmt value) throws CompileError {
        cellDecl = cell;
        valueStmt = value;
        promoted.clear();
        promotedIdents.clear();
        try {
            gomini.types.Signature sig = Types.signature(List.of(), List.of(), false);
            c.stmts.funcBody(cell, null, null, cell.type(), sig, cell.body(), file);
            c.finishTypes();
        } finally {
            cellDecl = null;
            valueStmt = null;
        }
        List<Diagnostic> errs = c.drainErrors();
        if (!errs.isEmpty()) {
            throw new CompileError(errs);
        }
        for (int i = 0; i < promoted.size(); i++) {
            c.decls.bind(promotedIdents.get(i), promoted.get(i), file);
        }
        return new ArrayList<>(promoted);
    }

    /** The recorded type of a checked expression (a Tuple for several values; VOID calls have none). */
    public Type typeOf(Expr e) {
        Info.TypeAndValue tv = c.info.types.get(e);
        return tv == null || tv.mode() == Info.Mode.VOID ? null : tv.type();
    }

    /** A type as Go writes it in messages ({@code chan int}, {@code time.Duration}). */
    public static String typeString(Type t) {
        return TypeString.of(t);
    }

    /** Names in scope at the prompt: the session's declarations, imported and auto-imported packages. */
    public TreeSet<String> names() {
        TreeSet<String> out = new TreeSet<>(c.decls.objects.keySet());
        out.addAll(auto.keySet());
        for (String n : List.of("append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min",
                "new", "panic", "print", "println", "recover", "true", "false", "nil", "iota", "bool", "byte",
                "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune",
                "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any")) {
            out.add(n);
        }
        return out;
    }

    /** The import path a package name denotes at the prompt, or null. */
    public String packagePath(String name) {
        Symbol s = file.local(name);
        if (s instanceof Symbol.PkgName p) {
            return p.path();
        }
        if (c.decls.objects.containsKey(name)) {
            return null;
        }
        Symbol.PkgName p = auto.get(name);
        return p == null ? null : p.path();
    }

    /** The type of a package-level variable, constant or function named at the prompt, or null. */
    public Type typeOfName(String name) {
        DeclCollector.Obj o = c.decls.objects.get(name);
        return o == null || o.sym == null || o.kind == DeclCollector.Kind.TYPE ? null : o.sym.type();
    }

    // ---- hooks for the checker's phases

    Symbol autoImport(String name) {
        Symbol s = file.local(name);
        return s != null ? s : auto.get(name);
    }

    boolean printsValueOf(Stmt.ExprStmt st) {
        return st == valueStmt;
    }

    boolean isInputScope(Scope s) {
        return cellDecl != null && s.parent == file && s.func != null && s.func.node == cellDecl;
    }

    Symbol.Var newGlobal(Expr.Ident id, Type t) {
        Symbol.Var v = new Symbol.Var(id.name(), t, id.pos(), Symbol.Var.Kind.GLOBAL);
        v.index = c.info.globalCount++;
        v.used = true;
        c.info.defs.put(id, v);
        promoted.add(v);
        promotedIdents.add(id);
        return v;
    }
}
