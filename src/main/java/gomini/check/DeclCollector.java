package gomini.check;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.lib.GoPackage;
import gomini.lib.Registry;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level declarations, in any order: every name is collected first, then resolved on demand
 * (a reference to a not-yet-resolved name resolves it), then the function bodies are checked.
 */
final class DeclCollector {
    private final Checker c;

    enum Kind { CONST, VAR, TYPE, FUNC }

    /** One package-level name and where it comes from. */
    static final class Obj {
        final String name;
        final Kind kind;
        final Expr.Ident ident;
        final Scope file;
        Spec.ValueSpec spec;
        Spec.ValueSpec src;
        int index;
        Spec.TypeSpec typeSpec;
        Decl.FuncDecl func;
        boolean resolving;
        Symbol sym;
        /** Package-level vars and funcs this one's initializer or body refers to. */
        final Set<Object> deps = new LinkedHashSet<>();
        /** For vars: the spec's initializer, shared by the spec's names. */
        Info.Initializer init;
        List<Obj> group;

        Obj(String name, Kind kind, Expr.Ident ident, Scope file) {
            this.name = name;
            this.kind = kind;
            this.ident = ident;
            this.file = file;
        }
    }

    private record Import(Spec.ImportSpec spec, Symbol.PkgName pkg, String name) {}

    final Map<String, Obj> objects = new LinkedHashMap<>();
    final List<Obj> ordered = new ArrayList<>();
    private final List<Obj> blank = new ArrayList<>();
    private final List<Decl.FuncDecl> methods = new ArrayList<>();
    private final IdentityHashMap<Decl.FuncDecl, Scope> methodFiles = new IdentityHashMap<>();
    private final List<Decl.FuncDecl> inits = new ArrayList<>();
    private final IdentityHashMap<Decl.FuncDecl, Scope> initFiles = new IdentityHashMap<>();
    private final List<Import> imports = new ArrayList<>();
    private final IdentityHashMap<Symbol.PkgName, Boolean> used = new IdentityHashMap<>();
    /** Where references to package-level vars and funcs are being recorded (an Obj's deps), or null. */
    Set<Object> deps;
    /** The method declarations' deps, keyed by FuncDecl (methods are reached through selectors). */
    final IdentityHashMap<Decl.FuncDecl, Set<Object>> methodDeps = new IdentityHashMap<>();
    boolean hasMain;
    /** The package clause's name of the package these declarations belong to. */
    final String pkgName;
    /** go build stops at packages it cannot find, before type-checking anything. */
    boolean importFailed;

    /** REPL sessions: a declaration replaces an earlier input's declaration of the same name. */
    boolean replacing;
    /** The objects of the input being added (all of them, for a program). */
    private final Set<Obj> thisInput = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    DeclCollector(Checker c) {
        this.c = c;
        this.pkgName = c.pkgName;
    }

    /** A package-level name of this (already checked) package, or null: what pkg.name selects. */
    Obj member(String name) {
        return objects.get(name);
    }

    void collect(List<File> files) {
        for (File f : files) {
            Scope fileScope = new Scope(null, null);
            for (Spec.ImportSpec is : f.imports()) {
                importSpec(is, fileScope);
            }
            for (Decl d : f.decls()) {
                switch (d) {
                    case Decl.GenDecl g -> genDecl(g, fileScope);
                    case Decl.FuncDecl fd -> funcDecl(fd, fileScope);
                }
            }
        }
    }

    private void importSpec(Spec.ImportSpec is, Scope fileScope) {
        GoPackage p = Registry.lookup(is.path());
        DeclCollector user = p == null ? c.checked.get(is.path()) : null;
        if (p == null && user == null) {
            c.error(is.pathPos(), "package " + is.path() + " is not in std");
            importFailed = true;
            return;
        }
        String name = is.name() != null ? is.name().name() : p != null ? p.name() : user.pkgName;
        if (name.equals("_")) {
            return;
        }
        if (name.equals(".")) {
            c.error(is.name(), "dot imports are not supported");
            return;
        }
        Symbol.PkgName pkg = new Symbol.PkgName(name, is.path());
        if (fileScope.local(name) != null) {
            c.error(is.pathPos(), name + " redeclared in this block");
            return;
        }
        fileScope.put(name, pkg, is.pathPos());
        if (is.name() != null) {
            c.info.defs.put(is.name(), pkg);
        }
        imports.add(new Import(is, pkg, name));
    }

    private void genDecl(Decl.GenDecl g, Scope file) {
        Spec.ValueSpec last = null;
        for (Spec sp : g.specs()) {
            switch (sp) {
                case Spec.ValueSpec vs -> {
                    Kind k = g.tok() == gomini.ast.Token.CONST ? Kind.CONST : Kind.VAR;
                    Spec.ValueSpec src = vs;
                    if (k == Kind.CONST) {
                        if (vs.values().isEmpty() && vs.type() == null && last != null) {
                            src = last;
                        } else {
                            last = vs;
                        }
                    }
                    List<Obj> group = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Obj o = new Obj(vs.names().get(i).name(), k, vs.names().get(i), file);
                        o.spec = vs;
                        o.src = src;
                        o.index = i;
                        o.group = group;
                        group.add(o);
                        add(o);
                    }
                }
                case Spec.TypeSpec ts -> {
                    Obj o = new Obj(ts.name().name(), Kind.TYPE, ts.name(), file);
                    o.typeSpec = ts;
                    add(o);
                }
                case Spec.ImportSpec is -> importSpec(is, file);
            }
        }
    }

    private void funcDecl(Decl.FuncDecl fd, Scope file) {
        if (fd.recv() != null) {
            methods.add(fd);
            methodFiles.put(fd, file);
            return;
        }
        String name = fd.name().name();
        if (name.equals("init")) {
            if (!fd.type().params().isEmpty() || fd.type().results() != null && !fd.type().results().isEmpty()) {
                c.error(fd.name(), "func init must have no arguments and no return values");
            }
            if (fd.body() == null) {
                c.lateError(fd.name().pos(), "missing function body");
            }
            inits.add(fd);
            initFiles.put(fd, file);
            return;
        }
        if (name.equals("main") && c.isMain()) {
            hasMain = true;
            if (!fd.type().params().isEmpty() || fd.type().results() != null && !fd.type().results().isEmpty()) {
                c.error(fd.name(), "func main must have no arguments and no return values");
            }
        }
        if (fd.body() == null) {
            c.lateError(fd.name().pos(), "missing function body");
        }
        Obj o = new Obj(name, Kind.FUNC, fd.name(), file);
        o.func = fd;
        add(o);
    }

    private void add(Obj o) {
        ordered.add(o);
        if (o.name.equals("_")) {
            blank.add(o);
            return;
        }
        Obj prev = objects.get(o.name);
        if (prev != null && replacing && !thisInput.contains(prev)) {
            prev = null; // a REPL redefinition: the new declaration replaces the old one
        }
        if (replacing) {
            thisInput.add(o);
        }
        if (prev != null) {
            c.error(o.ident, o.name + " redeclared in this block\n\t" + prev.ident.pos() + ": other declaration of " + o.name);
            return;
        }
        objects.put(o.name, o);
    }

    /** Resolves everything: types first, then methods onto them, then the rest in source order. */
    void resolveAll() {
        for (Obj o : ordered) {
            if (o.kind == Kind.TYPE) {
                resolve(o);
            }
        }
        for (Decl.FuncDecl m : methods) {
            method(m);
        }
        for (Obj o : ordered) {
            resolve(o);
        }
        if (!hasMain && c.isMain()) {
            // go build has no position for this; the package clause of the main file is where it belongs
            c.error(c.mainPackagePos(), "function main is undeclared in the main package");
        }
    }

    /** The symbol a package-level name denotes (resolving it now if needed), or null if none. */
    Symbol resolve(String name) {
        Obj o = objects.get(name);
        if (o == null) {
            return null;
        }
        if (deps != null && (o.kind == Kind.VAR || o.kind == Kind.FUNC)) {
            deps.add(o);
        }
        return resolve(o);
    }

    private Symbol resolve(Obj o) {
        if (o.sym != null) {
            return o.sym;
        }
        if (o.resolving) {
            if (o.kind == Kind.TYPE) {
                c.error(o.ident, "invalid recursive type " + o.name);
                return new Symbol.TypeName(o.name, Types.INVALID);
            }
            c.error(o.ident, "initialization cycle or invalid recursive reference to " + o.name);
            return o.kind == Kind.CONST ? new Symbol.Const(o.name, Types.INVALID, null) : new Symbol.Var(o.name, Types.INVALID, o.ident.pos(), Symbol.Var.Kind.GLOBAL);
        }
        o.resolving = true;
        Set<Object> savedDeps = deps;
        Constant savedIota = c.iota;
        c.iota = null;
        try {
            switch (o.kind) {
                case TYPE -> typeDecl(o);
                case CONST -> {
                    deps = o.deps;
                    o.sym = c.stmts.specs.constant(o.spec, o.src, o.index, o.file);
                    c.info.defs.put(o.ident, o.sym);
                }
                case VAR -> {
                    deps = o.deps;
                    varSpec(o);
                }
                case FUNC -> {
                    Signature sig = c.types.signature(o.func.type(), o.file);
                    o.sym = new Symbol.Func(o.name, sig, o.func, c.pkgPath);
                    c.info.defs.put(o.ident, o.sym);
                }
            }
        } finally {
            deps = savedDeps;
            c.iota = savedIota;
            o.resolving = false;
        }
        return o.sym;
    }

    private void typeDecl(Obj o) {
        Spec.TypeSpec ts = o.typeSpec;
        if (ts.alias()) {
            Type t = c.types.typ(ts.type(), o.file);
            o.sym = new Symbol.TypeName(o.name, t);
        } else {
            Named n = new Named(c.pkgName, o.name, null);
            o.sym = new Symbol.TypeName(o.name, n);
            c.info.defs.put(o.ident, o.sym);
            Type t = c.types.typ(ts.type(), o.file);
            if (t.underlying() == null) {
                c.error(o.ident, "invalid recursive type " + o.name);
                t = Types.INVALID;
            }
            n.setUnderlying(t.underlying());
        }
        c.info.defs.put(o.ident, o.sym);
    }

    private void varSpec(Obj o) {
        List<Type> types = c.stmts.specs.variables(o.spec, o.file);
        List<Symbol.Var> vars = new ArrayList<>();
        for (int i = 0; i < o.group.size(); i++) {
            Obj g = o.group.get(i);
            Symbol.Var v = new Symbol.Var(g.name, types.get(i), g.ident.pos(), Symbol.Var.Kind.GLOBAL);
            v.index = c.info.globalCount++;
            v.used = true;
            g.sym = v;
            c.info.defs.put(g.ident, v);
            vars.add(g.name.equals("_") ? null : v);
            if (g != o) {
                g.deps.addAll(o.deps);
            }
        }
        if (!o.spec.values().isEmpty()) {
            if (o.spec.values().size() == o.group.size()) {
                for (int i = 0; i < o.group.size(); i++) {
                    Obj g = o.group.get(i);
                    g.init = new Info.Initializer(java.util.Collections.singletonList(vars.get(i)), o.spec.values().get(i));
                }
            } else {
                Info.Initializer init = new Info.Initializer(java.util.Collections.unmodifiableList(vars), o.spec.values().get(0));
                for (Obj g : o.group) {
                    g.init = init;
                }
            }
        }
    }

    private void method(Decl.FuncDecl m) {
        Scope file = methodFiles.get(m);
        Expr rt = Assignments.unparen(m.recv().type());
        boolean pointer = false;
        if (rt instanceof Expr.StarExpr st) {
            pointer = true;
            rt = Assignments.unparen(st.x());
        }
        Signature sig = c.types.signature(m.type(), file);
        if (m.body() == null) {
            c.lateError(m.name().pos(), "missing function body");
        }
        if (!(rt instanceof Expr.Ident base)) {
            c.error(m.recv().type(), "invalid receiver type " + ExprString.of(m.recv().type()));
            return;
        }
        Obj o = objects.get(base.name());
        Type t;
        if (o == null || o.kind != Kind.TYPE) {
            Symbol u = c.universe.local(base.name());
            if (o == null && u == null) {
                c.error(base, "undefined: " + base.name());
            } else if (u instanceof Symbol.TypeName tn) {
                c.error(base, "cannot define new methods on non-local type " + TypeString.of(tn.type()));
            } else {
                c.error(base, base.name() + " is not a type");
            }
            return;
        }
        Symbol sym = resolve(o);
        c.info.uses.put(base, sym);
        t = sym.type();
        c.record(new Operand(Operand.Mode.TYPEXPR, m.recv().type(), pointer ? Types.pointer(t) : t));
        if (!(t instanceof Named n)) {
            if (t != Types.INVALID) {
                c.error(base, "invalid receiver type " + base.name());
            }
            return;
        }
        if (n.underlying() instanceof Pointer || n.underlying() instanceof gomini.types.Interface) {
            c.error(base, "invalid receiver type " + base.name() + " (pointer or interface type)");
            return;
        }
        String name = m.name().name();
        if (!name.equals("_")) {
            Func prev = n.method(name);
            if (prev != null && replacing && !thisInputMethods.contains(prev)) {
                n.methods().remove(prev); // a REPL redefinition
                replacedMethods.add(Map.entry(n, prev));
                prev = null;
            }
            if (prev != null) {
                Decl.FuncDecl other = methodDecl(prev);
                c.error(m.name(), n.name() + "." + name + " redeclared in this block"
                        + (other == null ? "" : "\n\t" + other.name().pos() + ": other declaration of " + name));
                return;
            }
            if (n.underlying() instanceof gomini.types.Struct s && s.indexOf(name) >= 0) {
                c.error(m.name(), "field and method with the same name " + name);
                return;
            }
        }
        Func f = new Func(name, sig, pointer);
        if (!name.equals("_")) {
            n.methods().add(f);
            if (replacing) {
                thisInputMethods.add(f);
                addedMethods.add(Map.entry(n, f));
            }
        }
        c.info.methods.put(m, f);
        c.info.defs.put(m.name(), new Symbol.Func(name, sig, m, c.pkgPath));
    }

    private Decl.FuncDecl methodDecl(Func f) {
        for (java.util.Map.Entry<Decl.FuncDecl, Func> e : c.info.methods.entrySet()) {
            if (e.getValue() == f) {
                return e.getKey();
            }
        }
        return null;
    }

    private final Set<Func> thisInputMethods = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * REPL sessions: collects, resolves and checks one more input's package-level declarations in the
     * session's file scope (imports are the session's business). Returns the objects it declared.
     */
    List<Obj> addIncremental(List<Decl> ds, Scope file) {
        thisInput.clear();
        thisInputMethods.clear();
        addedMethods.clear();
        replacedMethods.clear();
        int from = ordered.size();
        int mfrom = methods.size();
        for (Decl d : ds) {
            switch (d) {
                case Decl.GenDecl g -> genDecl(g, file);
                case Decl.FuncDecl fd -> funcDecl(fd, file);
            }
        }
        List<Obj> added = new ArrayList<>(ordered.subList(from, ordered.size()));
        List<Decl.FuncDecl> newMethods = new ArrayList<>(methods.subList(mfrom, methods.size()));
        for (Obj o : added) {
            if (o.kind == Kind.TYPE) {
                resolve(o);
            }
        }
        for (Decl.FuncDecl m : newMethods) {
            method(m);
        }
        for (Obj o : added) {
            resolve(o);
        }
        for (Obj o : added) {
            if (o.kind == Kind.FUNC && o.func.body() != null && o.sym instanceof Symbol.Func f) {
                deps = o.deps;
                c.stmts.funcBody(o.func, null, null, o.func.type(), f.type(), o.func.body(), o.file);
            }
        }
        for (Decl.FuncDecl m : newMethods) {
            Func f = c.info.methods.get(m);
            if (f == null || m.body() == null) {
                continue;
            }
            Type recv = c.info.types.get(m.recv().type()).type();
            deps = new LinkedHashSet<>();
            c.stmts.funcBody(m, m.recv(), recv, m.type(), f.sig(), m.body(), file);
        }
        deps = null;
        return added;
    }

    /** REPL sessions: the methods the last input added, and those it replaced (to undo it after errors). */
    final List<Map.Entry<Named, Func>> addedMethods = new ArrayList<>();
    final List<Map.Entry<Named, Func>> replacedMethods = new ArrayList<>();

    /** REPL sessions: binds name to an already-made symbol (a variable an input declared at its top level). */
    void bind(Expr.Ident ident, Symbol sym, Scope file) {
        Obj o = new Obj(ident.name(), sym instanceof Symbol.Var ? Kind.VAR : Kind.CONST, ident, file);
        o.sym = sym;
        objects.put(o.name, o);
    }

    /** Checks every function and method body, recording what each refers to for the init order. */
    void checkBodies() {
        for (Obj o : ordered) {
            if (o.kind == Kind.FUNC && o.func.body() != null && o.sym instanceof Symbol.Func f) {
                deps = o.deps;
                c.stmts.funcBody(o.func, null, null, o.func.type(), f.type(), o.func.body(), o.file);
            }
        }
        for (Decl.FuncDecl m : methods) {
            Func f = c.info.methods.get(m);
            if (f == null || m.body() == null) {
                continue;
            }
            Type recv = c.info.types.get(m.recv().type()).type();
            deps = new LinkedHashSet<>();
            methodDeps.put(m, deps);
            c.stmts.funcBody(m, m.recv(), recv, m.type(), f.sig(), m.body(), methodFiles.get(m));
        }
        for (Decl.FuncDecl in : inits) {
            deps = new LinkedHashSet<>();
            Signature sig = c.types.signature(in.type(), initFiles.get(in));
            if (in.body() != null) {
                c.stmts.funcBody(in, null, null, in.type(), sig, in.body(), initFiles.get(in));
            }
        }
        deps = null;
    }

    void markUsed(Symbol.PkgName p) {
        used.put(p, true);
    }

    void reportUnusedImports() {
        for (Import im : imports) {
            if (!used.containsKey(im.pkg())) {
                String path = "\"" + im.spec().path() + "\"";
                String def = im.spec().path().substring(im.spec().path().lastIndexOf('/') + 1);
                // types2: the name is shown when it is not the path's last element (an alias, or a
                // package whose clause differs from its folder's name)
                c.error(im.spec().pathPos(), !im.name().equals(def)
                        ? path + " imported as " + im.name() + " and not used" : path + " imported and not used");
            }
        }
    }

    /** The init functions in source order (the compiler runs them after the variables). */
    List<Decl.FuncDecl> inits() {
        return inits;
    }
}
