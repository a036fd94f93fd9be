package gomini.check;

import gomini.ast.Expr;
import gomini.types.Basic;
import gomini.types.Interface;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Assigning values to typed places: untyped conversion, assignability, and n:m value counts. */
final class Assignments {
    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    /**
     * Checks that x may be assigned to a place of type t (null: the blank identifier or a variable
     * whose type comes from x) in context ("assignment", "argument to f", ...); x is converted to t
     * when untyped, or marked invalid after an error.
     */
    void assign(Operand x, Type t, String context) {
        assign(x, t, context, t == null ? null : TypeString.of(t));
    }

    /** As assign, naming t as tname in messages (byte and rune keep the names they were written with). */
    void assign(Operand x, Type t, String context, String tname) {
        if (x.invalid()) {
            return;
        }
        switch (x.mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> {}
            default -> {
                c.error(x.expr, "cannot use " + x + " as value");
                x.mode = Operand.Mode.INVALID;
                return;
            }
        }
        if (x.untyped()) {
            Type target = t;
            if (t == null || t.underlying() instanceof Interface) {
                if (t == null && x.isNil()) {
                    c.error(x.expr, "use of untyped nil in " + context);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
                if (!x.isNil()) {
                    target = Checker.defaultType(x.type);
                }
            }
            if (target != null && !x.isNil()) {
                ConstEval.Fit fit = convertUntyped(x, target);
                if (fit != ConstEval.Fit.OK) {
                    String msg = "cannot use " + x + " as " + (target == t ? tname : TypeString.of(target)) + " value in " + context;
                    if (fit == ConstEval.Fit.TRUNCATED) {
                        msg += " (truncated)";
                    } else if (fit == ConstEval.Fit.OVERFLOWS) {
                        msg += " (overflows)";
                    }
                    c.error(x.expr, msg);
                    x.mode = Operand.Mode.INVALID;
                    return;
                }
            }
        }
        if (t == null) {
            return;
        }
        if (x.isNil() && !Assignability.hasNil(t)) {
            c.error(x.expr, "cannot use nil as " + tname + " value in " + context);
            x.mode = Operand.Mode.INVALID;
            return;
        }
        StringBuilder cause = new StringBuilder();
        if (!Assignability.assignable(x.type, t, cause)) {
            // modern types2 (Go 1.20+): "as T value", the cause on the same line after a colon
            String msg = "cannot use " + x + " as " + tname + " value in " + context;
            c.error(x.expr, cause.isEmpty() || cause.toString().equals("need type assertion") ? msg : msg + ": " + cause);
            x.mode = Operand.Mode.INVALID;
        }
        if (x.isNil() && x.expr != null) {
            c.updateExprType(x.expr, t);
        }
    }

    /**
     * Gives untyped x the type target if it can take it (representable constant, or a kind match for a
     * non-constant untyped value); the recorded types are updated. Nil is handled by the caller.
     */
    ConstEval.Fit convertUntyped(Operand x, Type target) {
        if (!x.untyped() || target == Types.INVALID) {
            return ConstEval.Fit.OK;
        }
        Type u = target.underlying();
        if (x.isNil()) {
            if (Assignability.hasNil(target)) {
                x.type = target;
                c.updateExprType(x.expr, target);
                return ConstEval.Fit.OK;
            }
            return ConstEval.Fit.MISMATCH;
        }
        if (u instanceof Interface) {
            Type d = Checker.defaultType(x.type);
            x.type = d;
            if (x.expr != null) {
                c.updateExprType(x.expr, d);
            }
            return ConstEval.Fit.OK;
        }
        if (!(u instanceof Basic tb)) {
            return ConstEval.Fit.MISMATCH;
        }
        Basic xb = (Basic) x.type;
        if (tb.isUntyped()) {
            // both untyped: numeric kinds widen; other kinds must match
            if (xb.isNumeric() && tb.isNumeric()) {
                if (Assignability.rank(tb) > Assignability.rank(xb)) {
                    x.type = tb;
                    if (x.val != null) {
                        Constant[] out = new Constant[1];
                        ConstEval.representable(x.val, tb, out);
                        x.val = out[0];
                    }
                }
                return ConstEval.Fit.OK;
            }
            return xb == tb ? ConstEval.Fit.OK : ConstEval.Fit.MISMATCH;
        }
        if (x.isConst()) {
            Constant[] out = new Constant[1];
            ConstEval.Fit fit = ConstEval.representable(x.val, tb, out);
            if (fit != ConstEval.Fit.OK) {
                return fit;
            }
            x.val = out[0];
        } else {
            boolean ok = switch (xb.kind()) {
                case UNTYPED_BOOL -> tb.isBoolean();
                case UNTYPED_INT, UNTYPED_RUNE -> tb.isNumeric();
                case UNTYPED_FLOAT -> tb.isFloat() || tb.isComplex();
                case UNTYPED_STRING -> tb.isString();
                default -> false;
            };
            if (!ok) {
                return ConstEval.Fit.MISMATCH;
            }
        }
        x.type = target;
        if (x.expr != null) {
            c.updateExprType(x.expr, target);
        }
        return ConstEval.Fit.OK;
    }

    /**
     * The values for nLhs places from rhs: one per expression, or the results of a single call, or a
     * comma-ok pair. Reports count mismatches (returns null then). returnStmt selects the wording of
     * return statements.
     */
    List<Operand> values(List<Expr> rhs, int nLhs, Scope s, gomini.ast.Pos at, List<Type> hints) {
        List<Operand> out = new ArrayList<>();
        if (rhs.size() == 1 && nLhs > 1) {
            Expr e = rhs.get(0);
            Operand x = c.exprs.multi(e, s);
            if (x.invalid()) {
                return null;
            }
            if (x.type instanceof Tuple tu) {
                if (tu.size() != nLhs) {
                    mismatch(rhs, nLhs, tu.size());
                    return null;
                }
                for (Type t : tu.types()) {
                    out.add(new Operand(Operand.Mode.VALUE, e, t));
                }
                return out;
            }
            if (nLhs == 2 && (x.mode == Operand.Mode.COMMAOK || x.mode == Operand.Mode.MAPINDEX)) {
                c.recordCommaOk(e);
                x.mode = Operand.Mode.VALUE;
                out.add(x);
                out.add(new Operand(Operand.Mode.VALUE, null, Types.UNTYPED_BOOL));
                return out;
            }
            mismatch(rhs, nLhs, 1);
            return null;
        }
        if (rhs.size() != nLhs) {
            for (Expr e : rhs) {
                c.exprs.multi(e, s);
            }
            mismatch(rhs, nLhs, rhs.size());
            return null;
        }
        for (int i = 0; i < rhs.size(); i++) {
            Type hint = hints == null ? null : hints.get(i);
            out.add(c.exprs.expr(rhs.get(i), s, hint));
        }
        return out;
    }

    private void mismatch(List<Expr> rhs, int l, int r) {
        String vars = l + (l == 1 ? " variable" : " variables");
        String vals = r + (r == 1 ? " value" : " values");
        Expr r0 = rhs.get(0);
        if (rhs.size() == 1 && unparen(r0) instanceof Expr.CallExpr call) {
            c.error(r0, "assignment mismatch: " + vars + " but " + ExprString.of(call.fun()) + " returns " + vals);
        } else {
            c.error(r0, "assignment mismatch: " + vars + " but " + vals);
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.ParenExpr p) {
            e = p.x();
        }
        return e;
    }
}
