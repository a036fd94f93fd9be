package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Field;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Type expressions to gomini.types; records each as a TYPE operand. */
final class TypeResolver {
    private final Checker c;

    TypeResolver(Checker c) {
        this.c = c;
    }

    /** The type e denotes, or INVALID after reporting why not. */
    Type typ(Expr e, Scope s) {
        Type t = resolve(e, s);
        if (t != Types.INVALID) {
            Operand o = new Operand(Operand.Mode.TYPEXPR, e, t);
            c.record(o);
        }
        return t;
    }

    private Type resolve(Expr e, Scope s) {
        switch (e) {
            case Expr.Ident id -> {
                Operand x = c.exprs.ident(id, s);
                return typeOf(x);
            }
            case Expr.SelectorExpr sel -> {
                Operand x = c.selectors.selector(sel, s);
                return typeOf(x);
            }
            case Expr.ParenExpr p -> {
                return typ(p.x(), s);
            }
            case Expr.StarExpr st -> {
                Type elem = typ(st.x(), s);
                return elem == Types.INVALID ? elem : Types.pointer(elem);
            }
            case Expr.ArrayType a -> {
                Type elem = typ(a.elt(), s);
                if (a.len() == null) {
                    return elem == Types.INVALID ? elem : Types.slice(elem);
                }
                if (a.len() instanceof Expr.Ellipsis) {
                    c.error(a.len(), "invalid use of [...] array (outside a composite literal)");
                    return Types.INVALID;
                }
                long n = arrayLength(a.len(), s);
                return n < 0 || elem == Types.INVALID ? Types.INVALID : Types.array(n, elem);
            }
            case Expr.MapType m -> {
                Type k = typ(m.key(), s);
                Type v = typ(m.value(), s);
                if (k == Types.INVALID || v == Types.INVALID) {
                    return Types.INVALID;
                }
                if (!(k.underlying() == null) && !Types.comparable(k)) {
                    c.error(m.key(), "invalid map key type " + TypeString.of(k));
                    return Types.INVALID;
                }
                return Types.map(k, v);
            }
            case Expr.ChanType ch -> {
                Type v = typ(ch.value(), s);
                Chan.Dir d = switch (ch.dir()) {
                    case BOTH -> Chan.Dir.BOTH;
                    case SEND -> Chan.Dir.SEND;
                    case RECV -> Chan.Dir.RECV;
                };
                return v == Types.INVALID ? v : Types.chan(d, v);
            }
            case Expr.FuncType f -> {
                return signature(f, s);
            }
            case Expr.StructType st -> {
                return struct(st, s);
            }
            case Expr.InterfaceType it -> {
                return iface(it, s);
            }
            default -> {
                c.error(e, ExprString.of(e) + " is not a type");
                return Types.INVALID;
            }
        }
    }

    private Type typeOf(Operand x) {
        if (x.invalid()) {
            return Types.INVALID;
        }
        if (x.mode != Operand.Mode.TYPEXPR) {
            c.error(x.expr, ExprString.of(x.expr) + " is not a type");
            return Types.INVALID;
        }
        return x.type;
    }

    long arrayLength(Expr len, Scope s) {
        Operand x = c.exprs.expr(len, s, null);
        if (x.invalid()) {
            return -1;
        }
        if (!x.isConst()) {
            c.error(len, "array length " + ExprString.of(len) + " (" + x.mode.text + " of type "
                    + TypeString.of(x.type) + ") must be constant");
            return -1;
        }
        Constant v = ConstEval.normalizeInt(x.val);
        if (!(v instanceof Constant.Int i) || (!x.untyped() && !(x.type.underlying() instanceof gomini.types.Basic b && b.isInteger()))) {
            c.error(len, "array length " + x + " must be integer");
            return -1;
        }
        if (i.value().signum() < 0) {
            c.error(len, "invalid array length " + ExprString.of(len));
            return -1;
        }
        c.updateExprType(len, Types.INT);
        return i.value().longValueExact();
    }

    /** A function type; variadic {@code ...T} becomes {@code []T}. */
    Signature signature(Expr.FuncType f, Scope s) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Type t;
            if (p.type() instanceof Expr.Ellipsis el) {
                if (i != f.params().size() - 1 || p.names().size() > 1) {
                    c.error(el, "can only use ... with final parameter in list");
                }
                Type elem = typ(el.elt(), s);
                t = elem == Types.INVALID ? elem : Types.slice(elem);
                variadic = true;
            } else {
                t = typ(p.type(), s);
            }
            for (int k = 0; k < Math.max(1, p.names().size()); k++) {
                params.add(t);
            }
        }
        List<Type> results = new ArrayList<>();
        if (f.results() != null) {
            for (Field r : f.results()) {
                Type t = typ(r.type(), s);
                for (int k = 0; k < Math.max(1, r.names().size()); k++) {
                    results.add(t);
                }
            }
        }
        return Types.signature(params, results, variadic);
    }

    private Type struct(Expr.StructType st, Scope s) {
        List<Struct.Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Field f : st.fields()) {
            String tag = f.tag() == null ? null : tag(f.tag());
            if (f.names().isEmpty()) {
                Type t = typ(f.type(), s);
                String name = embeddedName(f.type());
                if (t instanceof gomini.types.Pointer p && p.elem().underlying() instanceof gomini.types.Pointer) {
                    c.error(f.type(), "embedded field type cannot be a pointer to an interface");
                }
                if (!names.add(name)) {
                    c.error(f.type(), name + " redeclared");
                }
                fields.add(new Struct.Field(name, t, true, tag));
            } else {
                Type t = typ(f.type(), s);
                for (Expr.Ident n : f.names()) {
                    if (!n.name().equals("_") && !names.add(n.name())) {
                        c.error(n, n.name() + " redeclared");
                    }
                    fields.add(new Struct.Field(n.name(), t, false, tag));
                }
            }
        }
        return Types.struct(fields);
    }

    private static String tag(String raw) {
        try {
            return Literals.string(raw);
        } catch (Literals.Bad e) {
            return raw;
        }
    }

    static String embeddedName(Expr e) {
        return switch (e) {
            case Expr.StarExpr st -> embeddedName(st.x());
            case Expr.SelectorExpr sel -> sel.sel().name();
            case Expr.Ident id -> id.name();
            case Expr.ParenExpr p -> embeddedName(p.x());
            default -> "?";
        };
    }

    private Type iface(Expr.InterfaceType it, Scope s) {
        List<Interface.Method> methods = new ArrayList<>();
        for (Field f : it.methods()) {
            if (f.names().isEmpty()) {
                Type t = typ(f.type(), s);
                if (t == Types.INVALID) {
                    continue;
                }
                if (t.underlying() instanceof Interface emb) {
                    methods.addAll(emb.methods());
                } else if (t.underlying() == null) {
                    c.error(f.type(), "invalid recursive type " + ExprString.of(f.type()));
                } else {
                    c.error(f.type(), "cannot use " + ExprString.of(f.type()) + " as interface: type constraints are not supported");
                }
            } else {
                Signature sig = signature((Expr.FuncType) f.type(), s);
                methods.add(new Interface.Method(f.names().get(0).name(), sig));
            }
        }
        return Types.iface(methods);
    }

    /** The underlying type a type declaration's right side gives (for named types used as underlying: theirs). */
    static Type under(Type t) {
        return t instanceof Named n ? n.underlying() : t;
    }
}
