package gomini.check;

import gomini.ast.Expr;
import gomini.lib.GoPackage;
import gomini.types.Func;
import gomini.types.Interface;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** x.sel: package members, fields, method values, method expressions. */
final class Selectors {
    private final Checker c;

    Selectors(Checker c) {
        this.c = c;
    }

    Operand selector(Expr.SelectorExpr e, Scope s) {
        String name = e.sel().name();
        if (e.x() instanceof Expr.Ident id && c.lookup(s, id.name()) instanceof Symbol.PkgName pkg) {
            c.info.uses.put(id, pkg);
            c.decls.markUsed(pkg);
            return member(e, pkg, name);
        }
        Operand x = c.exprs.exprOrType(e.x(), s);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (x.mode == Operand.Mode.TYPEXPR) {
            return methodExpr(e, x, name);
        }
        if (x.isNil()) {
            c.error(e, "use of untyped nil in selector expression");
            return Operand.invalid(e);
        }
        Lookup.Result r = Lookup.find(x.type, name);
        if (r == null || r.kind() == Lookup.Kind.AMBIGUOUS) {
            if (r != null) {
                c.error(e.sel(), "ambiguous selector " + ExprString.of(e));
            } else if (x.type instanceof Pointer p && p.elem().underlying() instanceof Pointer) {
                c.error(e.sel(), ExprString.of(e) + " undefined (type " + TypeString.of(x.type) + " has no field or method " + name + ")");
            } else if (x.type.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) {
                c.error(e.sel(), ExprString.of(e) + " undefined (type " + TypeString.of(x.type)
                        + " is pointer to interface, not interface)");
            } else {
                c.error(e.sel(), ExprString.of(e) + " undefined (type " + TypeString.of(x.type) + " has no field or method " + name + ")");
            }
            return Operand.invalid(e);
        }
        String why = inaccessible(r, name);
        if (why != null) {
            c.error(e.sel(), ExprString.of(e) + " undefined (" + why + ")");
            return Operand.invalid(e);
        }
        switch (r.kind()) {
            case FIELD -> {
                c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.FIELD, x.type, r.path(), null, r.field().type()));
                Operand.Mode m = x.mode == Operand.Mode.VARIABLE || r.indirect() ? Operand.Mode.VARIABLE : Operand.Mode.VALUE;
                return new Operand(m, e, r.field().type());
            }
            case METHOD -> {
                Func f = r.method();
                if (f.pointerRecv() && !r.indirect() && !(x.type instanceof Pointer)) {
                    if (x.mode != Operand.Mode.VARIABLE) {
                        c.error(e.sel(), "cannot call pointer method " + name + " on " + TypeString.of(x.type));
                        return Operand.invalid(e);
                    }
                    if (r.path().length == 0) {
                        c.exprs.markAddressTaken(e.x(), s);
                    }
                }
                c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.METHOD_VALUE, x.type, r.path(), f, f.sig()));
                return new Operand(Operand.Mode.VALUE, e, f.sig());
            }
            default -> {
                Interface.Method m = r.imethod();
                Func f = new Func(m.name(), m.sig(), false);
                c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.INTERFACE_METHOD, x.type, r.path(), f, m.sig()));
                return new Operand(Operand.Mode.VALUE, e, m.sig());
            }
        }
    }

    private Operand member(Expr.SelectorExpr e, Symbol.PkgName pkg, String name) {
        DeclCollector user = c.checked.get(pkg.path());
        if (user != null) {
            return userMember(e, pkg, user, name);
        }
        GoPackage p = gomini.lib.Registry.lookup(pkg.path());
        GoPackage.Member m = p == null ? null : p.member(name);
        if (m == null || !Character.isUpperCase(name.charAt(0))) {
            if (!name.isEmpty() && !Character.isUpperCase(name.charAt(0)) && m != null) {
                c.error(e.sel(), "name " + name + " not exported by package " + pkg.name());
            } else {
                c.error(e.sel(), "undefined: " + pkg.name() + "." + name);
            }
            return Operand.invalid(e);
        }
        switch (m) {
            case GoPackage.FuncMember f -> {
                Symbol.NativeFunc sym = new Symbol.NativeFunc(name, f.sig(), pkg.path(), f.impl());
                c.info.uses.put(e.sel(), sym);
                return new Operand(Operand.Mode.VALUE, e, f.sig());
            }
            case GoPackage.TypeMember t -> {
                c.info.uses.put(e.sel(), new Symbol.TypeName(name, t.type()));
                return new Operand(Operand.Mode.TYPEXPR, e, t.type());
            }
            case GoPackage.VarMember v -> {
                c.info.uses.put(e.sel(), new Symbol.NativeVar(name, v.type(), pkg.path()));
                return new Operand(Operand.Mode.VARIABLE, e, v.type());
            }
            case GoPackage.ConstMember k -> {
                c.info.uses.put(e.sel(), new Symbol.Const(name, k.type(), k.value()));
                return Operand.constant(e, k.type(), k.value());
            }
        }
    }

    /**
     * pkg.name for a user package: its package-level function, variable (a GLOBAL Var), constant or type.
     * An unexported name is an error (types2: "name x not exported by package p"), then used anyway.
     */
    private Operand userMember(Expr.SelectorExpr e, Symbol.PkgName pkg, DeclCollector user, String name) {
        DeclCollector.Obj o = user.member(name);
        if (o == null || o.sym == null) {
            c.error(e.sel(), "undefined: " + pkg.name() + "." + name);
            return Operand.invalid(e);
        }
        if (!isExported(name)) {
            c.error(e.sel(), "name " + name + " not exported by package " + user.pkgName);
        }
        Symbol sym = o.sym;
        c.info.uses.put(e.sel(), sym);
        return switch (sym) {
            case Symbol.Func f -> new Operand(Operand.Mode.VALUE, e, f.type());
            case Symbol.Var v -> new Operand(Operand.Mode.VARIABLE, e, v.type());
            case Symbol.Const k -> k.type() == Types.INVALID ? Operand.invalid(e) : Operand.constant(e, k.type(), k.value());
            case Symbol.TypeName t -> t.type() == Types.INVALID ? Operand.invalid(e) : new Operand(Operand.Mode.TYPEXPR, e, t.type());
            default -> Operand.invalid(e);
        };
    }

    static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /**
     * A field or method named with a lower-case name, declared in another package: Go's lookup does not see
     * it. Returns types2's reason (Go 1.23+ errsupport.go wording) or null when accessible.
     */
    private String inaccessible(Lookup.Result r, String name) {
        if (isExported(name) || r.pkg() == null || r.pkg().equals(c.pkgName)) {
            return null;
        }
        return "cannot refer to unexported " + (r.kind() == Lookup.Kind.FIELD ? "field " : "method ") + name;
    }

    /** T.M and (*T).M: a function taking the receiver first. */
    private Operand methodExpr(Expr.SelectorExpr e, Operand x, String name) {
        Type t = x.type;
        Lookup.Result r = Lookup.find(t, name);
        if (r == null || r.kind() == Lookup.Kind.FIELD || r.kind() == Lookup.Kind.AMBIGUOUS) {
            c.error(e.sel(), ExprString.of(e) + " undefined (type " + TypeString.of(t) + " has no method " + name + ")");
            return Operand.invalid(e);
        }
        String why = inaccessible(r, name);
        if (why != null) {
            c.error(e.sel(), ExprString.of(e) + " undefined (" + why + ")");
            return Operand.invalid(e);
        }
        Signature sig = r.kind() == Lookup.Kind.METHOD ? r.method().sig() : r.imethod().sig();
        Func f = r.kind() == Lookup.Kind.METHOD ? r.method() : new Func(name, sig, false);
        if (r.kind() == Lookup.Kind.METHOD && f.pointerRecv() && !r.indirect() && !(t instanceof Pointer)) {
            c.error(e.sel(), "cannot call pointer method " + name + " on " + TypeString.of(t));
            return Operand.invalid(e);
        }
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(sig.params().types());
        Signature fsig = Types.signature(params, sig.results().types(), sig.variadic());
        c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.METHOD_EXPR, t, r.path(), f, fsig));
        return new Operand(Operand.Mode.VALUE, e, fsig);
    }
}
