package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Token;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;

/** Unary and binary operators: operand rules, untyped mixing, constant folding, comparisons, shifts. */
final class Operators {
    private final Checker c;

    Operators(Checker c) {
        this.c = c;
    }

    Operand unary(Expr.UnaryExpr u, Scope s) {
        Token op = u.op();
        if (op == Token.AND) {
            return addressOf(u, s);
        }
        if (op == Token.ARROW) {
            return receive(u, s);
        }
        Operand x = c.exprs.expr(u.x(), s, null);
        if (x.invalid()) {
            return x;
        }
        if (!allowedUnary(op, x.type)) {
            c.error(u.x(), "invalid operation: operator " + op.text + " not defined on " + x);
            return Operand.invalid(u);
        }
        if (x.isConst()) {
            Basic b = (Basic) x.type.underlying();
            Operand r = Operand.constant(u, x.type, ConstEval.unary(op, x.val, b));
            return overflow(r, u);
        }
        return new Operand(Operand.Mode.VALUE, u, x.type);
    }

    private Operand addressOf(Expr.UnaryExpr u, Scope s) {
        Expr inner = Assignments.unparen(u.x());
        if (inner instanceof Expr.CompositeLit) {
            Operand x = c.exprs.expr(u.x(), s, null);
            return x.invalid() ? x : new Operand(Operand.Mode.VALUE, u, Types.pointer(x.type));
        }
        Operand x = c.exprs.expr(u.x(), s, null);
        if (x.invalid()) {
            return x;
        }
        if (x.mode != Operand.Mode.VARIABLE) {
            c.error(u.x(), "invalid operation: cannot take address of " + x);
            return Operand.invalid(u);
        }
        c.exprs.markAddressTaken(u.x(), s);
        return new Operand(Operand.Mode.VALUE, u, Types.pointer(x.type));
    }

    private Operand receive(Expr.UnaryExpr u, Scope s) {
        Operand x = c.exprs.expr(u.x(), s, null);
        if (x.invalid()) {
            return x;
        }
        if (!(x.type.underlying() instanceof Chan ch)) {
            c.error(u.x(), "invalid operation: cannot receive from non-channel " + x);
            return Operand.invalid(u);
        }
        if (ch.dir() == Chan.Dir.SEND) {
            c.error(u.x(), "invalid operation: cannot receive from send-only channel " + x);
            return Operand.invalid(u);
        }
        return new Operand(Operand.Mode.COMMAOK, u, ch.elem());
    }

    static boolean allowed(Token op, Type t) {
        if (!(t.underlying() instanceof Basic b)) {
            return false;
        }
        return switch (op) {
            case ADD -> b.isNumeric() || b.isString();
            case SUB, MUL, QUO -> b.isNumeric();
            case REM, AND, OR, XOR, AND_NOT, SHL, SHR -> b.isInteger();
            case NOT, LAND, LOR -> b.isBoolean();
            default -> false;
        };
    }

    /** For unary operators, + - are numeric only. */
    private static boolean allowedUnary(Token op, Type t) {
        return op == Token.ADD ? allowed(Token.SUB, t) : allowed(op, t);
    }

    Operand binary(Expr.BinaryExpr e, Scope s) {
        Operand x = c.exprs.expr(e.x(), s, null);
        Operand y = c.exprs.expr(e.y(), s, null);
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(e);
        }
        return binaryOp(e, x, y, e.op(), e);
    }

    /**
     * x op y; at is the expression being checked (an op-assignment's statement has none: then
     * e is null and the message spells x op= y).
     */
    Operand binaryOp(Expr e, Operand x, Operand y, Token op, Expr errAt) {
        if (op == Token.SHL || op == Token.SHR) {
            return shift(e, x, y, op);
        }
        boolean xNil = x.isNil();
        boolean yNil = y.isNil();
        int m = matchTypes(x, y);
        if (m != 0) {
            if (m == 1 && isComparison(op)) {
                c.error(y.expr, "invalid operation: " + ExprString.of(e) + " (mismatched types "
                        + TypeString.of(x.type) + " and " + TypeString.of(y.type) + ")");
            } else if (m == 1) {
                mismatched(e, x, y, op);
            }
            return Operand.invalid(e);
        }
        if (isComparison(op)) {
            return comparison(e, x, y, op, xNil, yNil);
        }
        if (x.type != y.type && x.type != Types.INVALID && y.type != Types.INVALID) {
            mismatched(e, x, y, op);
            return Operand.invalid(e);
        }
        if (!allowed(op, x.type)) {
            Operand bad = x;
            c.error(e != null ? e : x.expr, "invalid operation: operator " + op.text + " not defined on " + bad);
            return Operand.invalid(e);
        }
        if ((op == Token.QUO || op == Token.REM) && y.isConst() && ConstEval.isZero(y.val)
                && (x.isConst() || ((Basic) x.type.underlying()).isInteger())) {
            c.error(y.expr, "invalid operation: division by zero");
            return Operand.invalid(e);
        }
        if (x.isConst() && y.isConst()) {
            Basic b = (Basic) x.type.underlying();
            boolean intDiv = b.isInteger();
            Operand r = Operand.constant(e, x.type, ConstEval.binary(op, x.val, y.val, intDiv));
            return overflow(r, e);
        }
        return new Operand(Operand.Mode.VALUE, e, x.type);
    }

    private void mismatched(Expr e, Operand x, Operand y, Token op) {
        String what = e != null ? ExprString.of(e) : ExprString.of(x.expr) + " " + op.text + "= " + ExprString.of(y.expr);
        c.error(e != null ? e : x.expr, "invalid operation: " + what + " (mismatched types "
                + TypeString.of(x.type) + " and " + TypeString.of(y.type) + ")");
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    /**
     * Gives an untyped operand the other's type when they may mix (go/types' mayConvert): 0 when done,
     * 1 when they cannot mix (mismatched types), 2 when a conversion error was reported.
     */
    private int matchTypes(Operand x, Operand y) {
        if (!x.untyped() && !y.untyped()) {
            return 0;
        }
        if (!mayConvert(x, y)) {
            return 1;
        }
        if (x.untyped() && y.untyped()) {
            if (x.isNil() || y.isNil()) {
                return x.isNil() && y.isNil() ? 0 : 1;
            }
            Basic a = (Basic) x.type;
            Basic b = (Basic) y.type;
            if (a.isNumeric() && b.isNumeric()) {
                Basic wide = Assignability.rank(a) >= Assignability.rank(b) ? a : b;
                c.assigns.convertUntyped(x, wide);
                c.assigns.convertUntyped(y, wide);
                return 0;
            }
            return a == b ? 0 : 1;
        }
        Operand u = x.untyped() ? x : y;
        Operand t = x.untyped() ? y : x;
        ConstEval.Fit fit = c.assigns.convertUntyped(u, t.type);
        if (fit == ConstEval.Fit.OK) {
            return 0;
        }
        String target = TypeString.of(t.type.underlying());
        c.error(u.expr, switch (fit) {
            case TRUNCATED -> u + " truncated to " + target;
            case OVERFLOWS -> u + " overflows " + target;
            default -> "cannot convert " + u + " to " + TypeString.of(t.type);
        });
        return 2;
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (x.type.underlying() instanceof Interface || y.type.underlying() instanceof Interface) {
            return true;
        }
        if (isBool(x.type) != isBool(y.type) || isString(x.type) != isString(y.type)) {
            return false;
        }
        if (x.isNil()) {
            return Assignability.hasNil(y.type);
        }
        if (y.isNil()) {
            return Assignability.hasNil(x.type);
        }
        return true;
    }

    private static boolean isBool(Type t) {
        return t.underlying() instanceof Basic b && b.isBoolean();
    }

    private static boolean isString(Type t) {
        return t.underlying() instanceof Basic b && b.isString();
    }

    private Operand comparison(Expr e, Operand x, Operand y, Token op, boolean xNil, boolean yNil) {
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(e);
        }
        String cause = null;
        Operand errOp = x;
        boolean ok = Assignability.assignable(x.type, y.type, null) || Assignability.assignable(y.type, x.type, null);
        if (!ok) {
            // go/types reports a comparison's mismatch at its second operand
            c.error(y.expr, "invalid operation: " + ExprString.of(e) + " (mismatched types "
                    + TypeString.of(x.type) + " and " + TypeString.of(y.type) + ")");
            return Operand.invalid(e);
        }
        if (op == Token.EQL || op == Token.NEQ) {
            if (xNil || yNil) {
                Type t = xNil ? y.type : x.type;
                if (t == Types.UNTYPED_NIL) {
                    errOp = y;
                    cause = "operator " + op.text + " not defined on untyped nil";
                }
            } else if (!Types.comparable(x.type)) {
                cause = incomparable(x.type);
            } else if (!Types.comparable(y.type)) {
                errOp = y;
                cause = incomparable(y.type);
            }
        } else if (!ordered(x.type)) {
            cause = "operator " + op.text + " not defined on " + kind(x.type);
        } else if (!ordered(y.type)) {
            errOp = y;
            cause = "operator " + op.text + " not defined on " + kind(y.type);
        }
        if (cause != null) {
            c.error(errOp.expr, "invalid operation: " + ExprString.of(e) + " (" + cause + ")");
            return Operand.invalid(e);
        }
        if (x.isConst() && y.isConst()) {
            return Operand.constant(e, Types.UNTYPED_BOOL, new Constant.Bool(ConstEval.compare(op, x.val, y.val)));
        }
        // operands now have their final types (untyped ones their defaults)
        if (x.untyped()) {
            c.assigns.convertUntyped(x, Checker.defaultType(x.type));
        }
        if (y.untyped()) {
            c.assigns.convertUntyped(y, Checker.defaultType(y.type));
        }
        return new Operand(Operand.Mode.VALUE, e, Types.UNTYPED_BOOL);
    }

    private static String incomparable(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Slice s -> "slice can only be compared to nil";
            case Map m -> "map can only be compared to nil";
            case Signature f -> "func can only be compared to nil";
            case Struct st -> {
                for (Struct.Field f : st.fields()) {
                    if (!Types.comparable(f.type())) {
                        yield "struct containing " + TypeString.of(f.type()) + " cannot be compared";
                    }
                }
                yield "operator == not defined on " + TypeString.of(t);
            }
            default -> TypeString.of(t) + " cannot be compared";
        };
    }

    /** How go/types names a type's kind in "operator < not defined on struct". */
    static String kind(Type t) {
        return switch (t.underlying()) {
            case gomini.types.Array a -> "array";
            case Slice s -> "slice";
            case Struct s -> "struct";
            case Pointer p -> "pointer";
            case Signature s -> "func";
            case Interface i -> "interface";
            case Map m -> "map";
            case Chan ch -> "chan";
            default -> TypeString.of(t);
        };
    }

    static boolean ordered(Type t) {
        return t.underlying() instanceof Basic b && (b.isInteger() || b.isFloat() || b.isString());
    }

    private Operand shift(Expr e, Operand x, Operand y, Token op) {
        // the shift count: an integer, or an untyped constant representable as uint
        if (y.untyped() && y.isConst()) {
            Constant v = ConstEval.normalizeInt(y.val);
            if (!(v instanceof Constant.Int yi)) {
                c.error(y.expr, y + " truncated to uint");
                return Operand.invalid(e);
            }
            if (yi.value().signum() < 0) {
                c.error(y.expr, "invalid operation: negative shift count " + y);
                return Operand.invalid(e);
            }
            y.val = v;
            c.assigns.convertUntyped(y, Types.UINT);
        } else if (y.untyped()) {
            c.assigns.convertUntyped(y, Types.UINT);
        }
        if (!(y.type.underlying() instanceof Basic yb) || !yb.isInteger()) {
            c.error(y.expr, "invalid operation: shift count " + y + " must be integer");
            return Operand.invalid(e);
        }
        if (x.isConst() && x.untyped()) {
            Constant v = ConstEval.normalizeInt(x.val);
            if (!(v instanceof Constant.Int)) {
                c.error(x.expr, "invalid operation: shifted operand " + x + " must be integer");
                return Operand.invalid(e);
            }
            x.val = v;
            if (x.type == Types.UNTYPED_FLOAT) {
                x.type = Types.UNTYPED_INT;
            }
        }
        if (!(x.type.underlying() instanceof Basic xb) || !xb.isInteger()) {
            c.error(x.expr, "invalid operation: shifted operand " + x + " must be integer");
            return Operand.invalid(e);
        }
        if (x.isConst() && y.isConst()) {
            long n = ((Constant.Int) y.val).value().longValue();
            if (n > 10000) {
                c.error(y.expr, "invalid shift count " + y);
                return Operand.invalid(e);
            }
            return overflow(Operand.constant(e, x.type, ConstEval.shift(op, x.val, n)), e);
        }
        if (x.untyped()) {
            // a non-constant shift of an untyped constant: it takes the type the context gives (default int here)
            c.assigns.convertUntyped(x, Types.INT);
            return new Operand(Operand.Mode.VALUE, e, Types.INT);
        }
        return new Operand(Operand.Mode.VALUE, e, x.type);
    }

    /** A typed constant result must fit its type. */
    Operand overflow(Operand r, Expr e) {
        if (r.untyped() || !(r.type.underlying() instanceof Basic b)) {
            return r;
        }
        Constant[] out = new Constant[1];
        ConstEval.Fit fit = ConstEval.representable(r.val, b, out);
        if (fit == ConstEval.Fit.OK) {
            r.val = out[0];
            return r;
        }
        r.expr = e;
        c.error(e, r + " overflows " + TypeString.of(r.type));
        return Operand.invalid(e);
    }
}
