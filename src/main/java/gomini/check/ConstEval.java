package gomini.check;

import gomini.ast.Token;
import gomini.types.Basic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact constant arithmetic (untyped constants have arbitrary precision) and representability. */
final class ConstEval {
    private ConstEval() {}

    static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);

    /** Why a constant does not fit a type. */
    enum Fit { OK, TRUNCATED, OVERFLOWS, MISMATCH }

    static BigDecimal dec(Constant c) {
        return switch (c) {
            case Constant.Int i -> new BigDecimal(i.value());
            case Constant.Float f -> f.value();
            default -> throw new IllegalArgumentException(c.toString());
        };
    }

    static boolean isInt(Constant c) {
        return c instanceof Constant.Int;
    }

    /** A float constant with an integral value becomes an Int. */
    static Constant normalizeInt(Constant c) {
        if (c instanceof Constant.Float f) {
            try {
                return new Constant.Int(f.value().toBigIntegerExact());
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return c;
    }

    static Constant unary(Token op, Constant x, Basic type) {
        return switch (op) {
            case ADD -> x;
            case SUB -> x instanceof Constant.Int i ? new Constant.Int(i.value().negate())
                    : new Constant.Float(dec(x).negate());
            case NOT -> new Constant.Bool(!((Constant.Bool) x).value());
            case XOR -> {
                BigInteger v = ((Constant.Int) x).value().not();
                if (type.isUnsigned()) {
                    v = v.and(BigInteger.ONE.shiftLeft(type.bits()).subtract(BigInteger.ONE));
                }
                yield new Constant.Int(v);
            }
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** x op y for arithmetic and logical ops; intDiv when the operands' type is an integer type. */
    static Constant binary(Token op, Constant x, Constant y, boolean intDiv) {
        if (x instanceof Constant.Str a && y instanceof Constant.Str b && op == Token.ADD) {
            return new Constant.Str(a.value() + b.value());
        }
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return new Constant.Bool(op == Token.LAND ? a.value() && b.value() : a.value() || b.value());
        }
        if (x instanceof Constant.Int a && y instanceof Constant.Int b && (intDiv || op != Token.QUO)) {
            BigInteger p = a.value();
            BigInteger q = b.value();
            return new Constant.Int(switch (op) {
                case ADD -> p.add(q);
                case SUB -> p.subtract(q);
                case MUL -> p.multiply(q);
                case QUO -> p.divide(q);
                case REM -> p.remainder(q);
                case AND -> p.and(q);
                case OR -> p.or(q);
                case XOR -> p.xor(q);
                case AND_NOT -> p.andNot(q);
                default -> throw new IllegalArgumentException(op.toString());
            });
        }
        BigDecimal p = dec(x);
        BigDecimal q = dec(y);
        BigDecimal r = switch (op) {
            case ADD -> p.add(q);
            case SUB -> p.subtract(q);
            case MUL -> p.multiply(q);
            case QUO -> p.divide(q, MC);
            default -> throw new IllegalArgumentException(op.toString());
        };
        return new Constant.Float(r.round(MC));
    }

    static boolean isZero(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().signum() == 0;
            case Constant.Float f -> f.value().signum() == 0;
            default -> false;
        };
    }

    static Constant shift(Token op, Constant x, long s) {
        BigInteger v = ((Constant.Int) x).value();
        return new Constant.Int(op == Token.SHL ? v.shiftLeft((int) s) : v.shiftRight((int) s));
    }

    static boolean compare(Token op, Constant x, Constant y) {
        int c;
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            c = a.value().compareTo(b.value());
        } else if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            c = a.value() == b.value() ? 0 : 1;
        } else {
            c = dec(x).compareTo(dec(y));
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** Whether c fits basic type t; the fitted value (rounded for floats) goes to out[0]. */
    static Fit representable(Constant c, Basic t, Constant[] out) {
        out[0] = c;
        if (t.isBoolean()) {
            return c instanceof Constant.Bool ? Fit.OK : Fit.MISMATCH;
        }
        if (t.isString()) {
            return c instanceof Constant.Str ? Fit.OK : Fit.MISMATCH;
        }
        if (!(c instanceof Constant.Int || c instanceof Constant.Float)) {
            return Fit.MISMATCH;
        }
        if (t.isInteger()) {
            Constant n = normalizeInt(c);
            if (n == null) {
                return Fit.TRUNCATED;
            }
            out[0] = n;
            if (t.isUntyped()) {
                return Fit.OK;
            }
            BigInteger v = ((Constant.Int) n).value();
            BigInteger min;
            BigInteger max;
            if (t.isUnsigned()) {
                min = BigInteger.ZERO;
                max = BigInteger.ONE.shiftLeft(t.bits()).subtract(BigInteger.ONE);
            } else {
                min = BigInteger.ONE.shiftLeft(t.bits() - 1).negate();
                max = BigInteger.ONE.shiftLeft(t.bits() - 1).subtract(BigInteger.ONE);
            }
            return v.compareTo(min) < 0 || v.compareTo(max) > 0 ? Fit.OVERFLOWS : Fit.OK;
        }
        if (t.isFloat()) {
            if (t.kind() == Basic.Kind.UNTYPED_FLOAT) {
                out[0] = c instanceof Constant.Int i ? new Constant.Float(new BigDecimal(i.value())) : c;
                return Fit.OK;
            }
            BigDecimal v = dec(c);
            double d = t.kind() == Basic.Kind.FLOAT32 ? v.floatValue() : v.doubleValue();
            if (Double.isInfinite(d)) {
                return Fit.OVERFLOWS;
            }
            out[0] = new Constant.Float(new BigDecimal(d));
            return Fit.OK;
        }
        if (t.isComplex()) {
            return Fit.OK;
        }
        return Fit.MISMATCH;
    }
}
