package gomini.check;

import gomini.ast.Expr;
import gomini.runtime.GoStrings;
import gomini.types.Basic;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Function calls (argument passing, variadics, multi-value spreading) and conversions T(x). */
final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    Operand call(Expr.CallExpr e, Scope s) {
        Operand f = c.exprs.raw(e.fun(), s, null);
        switch (f.mode) {
            case INVALID -> {
                for (Expr a : e.args()) {
                    c.exprs.raw(a, s, null);
                }
                return Operand.invalid(e);
            }
            case TYPEXPR -> {
                return conversion(e, f.type, s);
            }
            case BUILTIN -> {
                return c.builtins.call(e, f.builtin, s);
            }
            case PACKAGE -> {
                c.error(e.fun(), "use of package " + ExprString.of(e.fun()) + " without selector");
                return Operand.invalid(e);
            }
            default -> {}
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            for (Expr a : e.args()) {
                c.exprs.raw(a, s, null);
            }
            c.error(e.fun(), "invalid operation: cannot call non-function " + f);
            return Operand.invalid(e);
        }
        List<Operand> args = args(e, s);
        if (args != null) {
            arguments(e, sig, args, "argument to " + ExprString.of(e.fun()));
        }
        Tuple res = sig.results();
        if (res.size() == 0) {
            return new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
        }
        return new Operand(Operand.Mode.VALUE, e, res.size() == 1 ? res.get(0) : res);
    }

    /** The argument operands; a single multi-valued call is spread into its results. */
    List<Operand> args(Expr.CallExpr e, Scope s) {
        List<Operand> out = new ArrayList<>();
        boolean bad = false;
        if (e.args().size() == 1 && !e.hasEllipsis()) {
            Operand x = c.exprs.multi(e.args().get(0), s);
            if (x.invalid()) {
                return null;
            }
            if (x.type instanceof Tuple tu) {
                for (Type t : tu.types()) {
                    out.add(new Operand(Operand.Mode.VALUE, x.expr, t));
                }
            } else {
                out.add(x);
            }
            return out;
        }
        for (Expr a : e.args()) {
            Operand x = c.exprs.expr(a, s, null);
            bad |= x.invalid();
            out.add(x);
        }
        return bad ? null : out;
    }

    /** Checks args against sig's parameters (count, then assignability), reporting as Go does. */
    void arguments(Expr.CallExpr e, Signature sig, List<Operand> args, String context) {
        int nargs = args.size();
        int npars = sig.params().size();
        boolean ddd = e.hasEllipsis();
        List<Type> want = new ArrayList<>(sig.params().types());
        if (sig.variadic()) {
            if (ddd) {
                if (nargs == 1 && e.args().size() == 1 && args.get(0).expr != e.args().get(0)) {
                    c.error(e, "cannot use ... with multi-valued " + ExprString.of(e.args().get(0)));
                    return;
                }
            } else if (nargs >= npars - 1) {
                Type elem = ((Slice) want.remove(npars - 1)).elem();
                while (want.size() < nargs) {
                    want.add(elem);
                }
            }
        } else if (ddd) {
            c.error(e, "have (...) but function is not variadic: " + ExprString.of(e.fun()));
            return;
        }
        if (nargs != want.size()) {
            String q = nargs > want.size() ? "too many" : "not enough";
            Expr at = nargs > want.size() ? args.get(want.size()).expr : nargs > 0 ? args.get(nargs - 1).expr : e;
            String have = summary(args.stream().map(a -> a.type).toList(), false, ddd);
            String wantS = summary(sig.params().types(), sig.variadic(), false);
            c.error(at, q + " arguments in call to " + ExprString.of(e.fun()) + "\n\thave " + have + "\n\twant " + wantS);
            return;
        }
        for (int i = 0; i < nargs; i++) {
            c.assigns.assign(args.get(i), want.get(i), context);
        }
    }

    static String summary(List<Type> types, boolean variadic, boolean ddd) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            sb.append(i > 0 ? ", " : "");
            String str;
            if (t == null || t == Types.INVALID) {
                str = "unknown type";
            } else if (t instanceof Basic b && b.isUntyped()) {
                str = b.isNumeric() ? "number" : b.name().replace("untyped ", "");
            } else if (variadic && i == types.size() - 1) {
                str = "..." + TypeString.of(((Slice) t).elem());
            } else {
                str = TypeString.of(t);
            }
            sb.append(str);
            if (ddd && i == types.size() - 1) {
                sb.append("...");
            }
        }
        return sb.append(")").toString();
    }

    /** T(x). */
    Operand conversion(Expr.CallExpr e, Type t, Scope s) {
        String tname = typeName(e.fun(), t);
        if (e.args().size() != 1 || e.hasEllipsis()) {
            for (Expr a : e.args()) {
                c.exprs.raw(a, s, null);
            }
            c.error(e.args().isEmpty() ? e : e.args().get(e.args().size() - 1),
                    (e.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + tname);
            return Operand.invalid(e);
        }
        Operand x = c.exprs.expr(e.args().get(0), s, null);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        boolean constType = t.underlying() instanceof Basic;
        if (x.isConst() && constType) {
            Basic tb = (Basic) t.underlying();
            Basic xb = (Basic) x.type.underlying();
            Constant v = x.val;
            if (tb.isString() && xb.isInteger()) {
                long r = ((Constant.Int) v).value().bitLength() > 32 ? 0xFFFD : ((Constant.Int) v).value().longValue();
                v = new Constant.Str(GoStrings.fromRune(r));
            } else if (tb.isString() != xb.isString() || tb.isBoolean() != xb.isBoolean()) {
                c.error(x.expr, "cannot convert " + x + " to type " + tname);
                return Operand.invalid(e);
            } else {
                Constant[] out = new Constant[1];
                ConstEval.Fit fit = ConstEval.representable(v, tb, out);
                if (fit != ConstEval.Fit.OK) {
                    c.error(x.expr, "cannot convert " + x + " to type " + tname);
                    return Operand.invalid(e);
                }
                v = out[0];
            }
            if (x.untyped()) {
                c.assigns.convertUntyped(x, x.type == Types.UNTYPED_RUNE || xb.isInteger() && tb.isString()
                        ? Checker.defaultType(x.type) : t);
            }
            return Operand.constant(e, t, v);
        }
        if (x.untyped()) {
            Type target = x.isNil() ? t : Checker.defaultType(x.type);
            if (x.isNil() && !Assignability.hasNil(t)) {
                c.error(x.expr, "cannot convert " + x + " to type " + tname);
                return Operand.invalid(e);
            }
            c.assigns.convertUntyped(x, target);
        }
        if (!Assignability.convertible(x.type, t)) {
            StringBuilder cause = new StringBuilder();
            Assignability.assignable(x.type, t, cause);
            String extra = cause.isEmpty() || cause.toString().equals("need type assertion") ? "" : ": " + cause;
            c.error(x.expr, "cannot convert " + x + " to type " + tname + extra);
            return Operand.invalid(e);
        }
        return new Operand(Operand.Mode.VALUE, e, t);
    }

    /** How a type written in source is named in messages: byte and rune keep their alias names. */
    static String typeName(Expr written, Type t) {
        Expr u = Assignments.unparen(written);
        if (u instanceof Expr.Ident id && (id.name().equals("byte") && t == Types.BYTE
                || id.name().equals("rune") && t == Types.RUNE)) {
            return id.name();
        }
        return TypeString.of(t);
    }
}
