package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Spec;
import gomini.types.Basic;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** const and var specs, package-level or local: their types and values. */
final class ValueSpecs {
    private final Checker c;

    ValueSpecs(Checker c) {
        this.c = c;
    }

    /**
     * The constant that name i of spec denotes. src is the spec whose type and values apply (spec
     * itself, or the previous one with values when spec repeats it implicitly).
     */
    Symbol.Const constant(Spec.ValueSpec spec, Spec.ValueSpec src, int i, Scope s) {
        Expr.Ident name = spec.names().get(i);
        Constant saved = c.iota;
        c.iota = Constant.of(spec.iota());
        try {
            Type t = null;
            if (src.type() != null) {
                t = c.types.typ(src.type(), s);
                if (t != Types.INVALID && !(t.underlying() instanceof Basic)) {
                    c.error(src.type(), "invalid constant type " + TypeString.of(t));
                    t = Types.INVALID;
                }
            }
            if (i >= src.values().size()) {
                if (spec == src && i == src.values().size() || spec != src) {
                    c.error(name, "missing init expr for const declaration");
                }
                return new Symbol.Const(name.name(), Types.INVALID, null);
            }
            if (spec == src && i == spec.names().size() - 1 && src.values().size() > spec.names().size()) {
                c.error(src.values().get(spec.names().size()), "extra init expr");
            }
            Operand x = c.exprs.expr(src.values().get(i), s, null);
            if (x.invalid() || t == Types.INVALID) {
                return new Symbol.Const(name.name(), Types.INVALID, null);
            }
            if (!x.isConst()) {
                c.error(x.expr, x + " is not constant");
                return new Symbol.Const(name.name(), Types.INVALID, null);
            }
            if (t != null) {
                c.assigns.assign(x, t, "constant declaration", Calls.typeName(src.type(), t));
                if (x.invalid()) {
                    return new Symbol.Const(name.name(), Types.INVALID, null);
                }
            }
            return new Symbol.Const(name.name(), x.type, x.val);
        } finally {
            c.iota = saved;
        }
    }

    /** After variables(): which names got no valid value (they count as used, as in go/types). */
    boolean[] failed = new boolean[0];

    /** The types of the variables a var spec declares (INVALID where an error was reported). */
    List<Type> variables(Spec.ValueSpec spec, Scope s) {
        boolean[] bad = new boolean[spec.names().size()];
        List<Type> r = variables(spec, s, bad);
        failed = bad;
        return r;
    }

    private List<Type> variables(Spec.ValueSpec spec, Scope s, boolean[] bad) {
        int n = spec.names().size();
        Type t = spec.type() == null ? null : c.types.typ(spec.type(), s);
        if (spec.values().isEmpty()) {
            return Collections.nCopies(n, t == null ? Types.INVALID : t);
        }
        List<Operand> xs = c.assigns.values(spec.values(), n, s, spec.pos(), null);
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (xs == null) {
                bad[i] = true;
                out.add(t == null ? Types.INVALID : t);
                continue;
            }
            Operand x = xs.get(i);
            if (t == Types.INVALID) {
                out.add(t);
                continue;
            }
            bad[i] = x.invalid();
            c.assigns.assign(x, t, "variable declaration", t == null ? null : Calls.typeName(spec.type(), t));
            bad[i] |= x.invalid();
            out.add(t != null ? t : x.invalid() ? Types.INVALID : x.type);
        }
        return out;
    }
}
