package gomini.check;

import gomini.ast.Expr;
import gomini.types.Array;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.HashSet;
import java.util.Set;

/**
 * Composite literals T{...}. An elided inner literal takes the element type; when that is a pointer
 * *T the literal means &T{...} and is recorded with the pointer type.
 */
final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    Operand literal(Expr.CompositeLit e, Scope s, Type hint) {
        Type typ;
        if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            Type elem = c.types.typ(at.elt(), s);
            if (elem == Types.INVALID) {
                return Operand.invalid(e);
            }
            long n = elements(e, elem, -1, s);
            typ = Types.array(n, elem);
            c.record(new Operand(Operand.Mode.TYPEXPR, e.type(), typ));
            return new Operand(Operand.Mode.VALUE, e, typ);
        } else if (e.type() != null) {
            typ = c.types.typ(e.type(), s);
        } else if (hint != null) {
            typ = hint;
        } else {
            c.error(e, "invalid composite literal type: missing type");
            return Operand.invalid(e);
        }
        if (typ == Types.INVALID) {
            return Operand.invalid(e);
        }
        Type base = typ;
        if (e.type() == null && typ.underlying() instanceof Pointer p) {
            base = p.elem();
        }
        switch (base.underlying()) {
            case Struct st -> struct(e, st, base, s);
            case Array a -> elements(e, a.elem(), a.len(), s);
            case Slice sl -> elements(e, sl.elem(), -1, s);
            case Map m -> map(e, m, s);
            default -> {
                c.error(e, "invalid composite literal type " + TypeString.of(typ));
                return Operand.invalid(e);
            }
        }
        return new Operand(Operand.Mode.VALUE, e, typ);
    }

    private void struct(Expr.CompositeLit e, Struct st, Type typ, Scope s) {
        if (e.elts().isEmpty()) {
            return;
        }
        if (e.elts().get(0) instanceof Expr.KeyValueExpr) {
            Set<String> seen = new HashSet<>();
            for (Expr el : e.elts()) {
                if (!(el instanceof Expr.KeyValueExpr kv)) {
                    c.error(el, "mixture of field:value and value elements in struct literal");
                    c.exprs.raw(el, s, null);
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.error(kv.key(), "invalid field name " + ExprString.of(kv.key()) + " in struct literal");
                    c.exprs.raw(kv.value(), s, null);
                    continue;
                }
                int i = st.indexOf(key.name());
                if (i < 0) {
                    c.error(key, "unknown field " + key.name() + " in struct literal of type " + TypeString.of(typ));
                    c.exprs.raw(kv.value(), s, null);
                    continue;
                }
                if (foreignUnexported(typ, key.name())) {
                    c.error(key, "cannot refer to unexported field " + key.name() + " in struct literal of type " + TypeString.of(typ));
                    c.exprs.raw(kv.value(), s, null);
                    continue;
                }
                if (!seen.add(key.name())) {
                    c.error(colon(kv), "duplicate field name " + key.name() + " in struct literal");
                }
                Struct.Field f = st.fields().get(i);
                Operand x = value(kv.value(), f.type(), s);
                c.assigns.assign(x, f.type(), "struct literal");
            }
            return;
        }
        int i = 0;
        for (Expr el : e.elts()) {
            if (el instanceof Expr.KeyValueExpr kv) {
                c.error(kv, "mixture of field:value and value elements in struct literal");
                c.exprs.raw(kv.value(), s, null);
                i++;
                continue;
            }
            if (i >= st.fields().size()) {
                c.exprs.raw(el, s, null);
                c.error(el, "too many values in struct literal of type " + TypeString.of(typ));
                return;
            }
            Struct.Field f = st.fields().get(i++);
            if (foreignUnexported(typ, f.name())) {
                c.error(el, "implicit assignment to unexported field " + f.name() + " in struct literal of type " + TypeString.of(typ));
                c.exprs.raw(el, s, null);
                continue;
            }
            Operand x = value(el, f.type(), s);
            c.assigns.assign(x, f.type(), "struct literal");
        }
        if (i < st.fields().size()) {
            c.error(new gomini.ast.Pos(e.rbrace().file(), e.rbrace().line(), e.rbrace().col()),
                    "too few values in struct literal of type " + TypeString.of(typ));
        }
    }

    /** A lower-case field of a struct type declared in another package (types2 cannot see it). */
    private boolean foreignUnexported(Type typ, String field) {
        return !Selectors.isExported(field) && typ instanceof gomini.types.Named n && !n.pkg().isEmpty()
                && !n.pkg().equals(c.pkgName);
    }

    /** Array or slice elements; returns the length the literal needs (max index + 1). */
    private long elements(Expr.CompositeLit e, Type elem, long len, Scope s) {
        long index = 0;
        long max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr el : e.elts()) {
            Expr v = el;
            if (el instanceof Expr.KeyValueExpr kv) {
                long k = c.exprs.checkIndex(kv.key(), s, len);
                if (k >= 0) {
                    index = k;
                }
                v = kv.value();
            } else if (len >= 0 && index >= len) {
                c.error(el, "index " + index + " is out of bounds (>= " + len + ")");
            }
            if (!seen.add(index)) {
                c.error(el instanceof Expr.KeyValueExpr kv ? colon(kv) : ExprString.start(el), "duplicate index " + index + " in array or slice literal");
            }
            Operand x = value(v, elem, s);
            c.assigns.assign(x, elem, "array or slice literal");
            index++;
            max = Math.max(max, index);
        }
        return max;
    }

    private void map(Expr.CompositeLit e, Map m, Scope s) {
        for (Expr el : e.elts()) {
            if (!(el instanceof Expr.KeyValueExpr kv)) {
                c.error(el, "missing key in map literal");
                c.exprs.raw(el, s, null);
                continue;
            }
            Operand k = value(kv.key(), m.key(), s);
            c.assigns.assign(k, m.key(), "map literal");
            Operand v = value(kv.value(), m.elem(), s);
            c.assigns.assign(v, m.elem(), "map literal");
        }
    }

    /** Go places a key:value element at its colon; in gofmt'd source it follows the key directly. */
    private static gomini.ast.Pos colon(Expr.KeyValueExpr kv) {
        gomini.ast.Pos k = ExprString.start(kv.key());
        gomini.ast.Pos v = ExprString.start(kv.value());
        int col = k.col() + ExprString.of(kv.key()).length();
        return v.line() == k.line() && col < v.col() ? new gomini.ast.Pos(k.file(), k.line(), col) : k;
    }

    /** An element: an elided composite literal takes the element type. */
    private Operand value(Expr v, Type elem, Scope s) {
        if (v instanceof Expr.CompositeLit cl && cl.type() == null) {
            return c.exprs.expr(v, s, elem);
        }
        return c.exprs.expr(v, s, null);
    }
}
