package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.runtime.GoPanic;

/**
 * Integer arithmetic on 64-bit longs. Narrower types are computed in 64 bits and then wrapped by
 * {@link WrapNode}; values of narrower types are kept normalized (sign-extended or masked), so signed
 * 64-bit division, remainder, comparison and right shift are also right for them. Only the 64-bit
 * unsigned types need the unsigned variants.
 */
public final class IntOps {
    private IntOps() {}

    public abstract static class IntNode extends ExprNode {
        @Override
        public final Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public abstract long evalLong(Frame f);
    }

    public abstract static class BinaryNode extends IntNode {
        /** Children: the operands, evaluated left to right. */
        final ExprNode x;
        final ExprNode y;

        BinaryNode(ExprNode x, ExprNode y) {
            this.x = x;
            this.y = y;
        }
    }

    public static final class AddNode extends BinaryNode {
        public AddNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) + y.evalLong(f);
        }
    }

    public static final class SubNode extends BinaryNode {
        public SubNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) - y.evalLong(f);
        }
    }

    public static final class MulNode extends BinaryNode {
        public MulNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) * y.evalLong(f);
        }
    }

    static GoPanic divideByZero() {
        return GoPanic.runtimeError("integer divide by zero");
    }

    public static final class DivNode extends BinaryNode {
        public DivNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            if (b == 0) {
                throw divideByZero();
            }
            return a / b;
        }
    }

    public static final class UDivNode extends BinaryNode {
        public UDivNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            if (b == 0) {
                throw divideByZero();
            }
            return Long.divideUnsigned(a, b);
        }
    }

    public static final class RemNode extends BinaryNode {
        public RemNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            if (b == 0) {
                throw divideByZero();
            }
            return a % b;
        }
    }

    public static final class URemNode extends BinaryNode {
        public URemNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            if (b == 0) {
                throw divideByZero();
            }
            return Long.remainderUnsigned(a, b);
        }
    }

    public static final class AndNode extends BinaryNode {
        public AndNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) & y.evalLong(f);
        }
    }

    public static final class OrNode extends BinaryNode {
        public OrNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) | y.evalLong(f);
        }
    }

    public static final class XorNode extends BinaryNode {
        public XorNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) ^ y.evalLong(f);
        }
    }

    public static final class AndNotNode extends BinaryNode {
        public AndNotNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) & ~y.evalLong(f);
        }
    }

    /** A shift count as Go sees it: negative (signed types only) panics, ≥ 64 means "all bits out". */
    static long shiftCount(long n, boolean unsignedCount) {
        if (n < 0) {
            if (unsignedCount) {
                return 64;
            }
            throw GoPanic.runtimeError("negative shift amount");
        }
        return n;
    }

    public static final class ShlNode extends BinaryNode {
        final boolean unsignedCount;

        public ShlNode(ExprNode x, ExprNode y, boolean unsignedCount) {
            super(x, y);
            this.unsignedCount = unsignedCount;
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long n = shiftCount(y.evalLong(f), unsignedCount);
            return n >= 64 ? 0 : a << n;
        }
    }

    /** Signed right shift (also right for normalized narrower unsigned values, which are non-negative). */
    public static final class ShrNode extends BinaryNode {
        final boolean unsignedCount;

        public ShrNode(ExprNode x, ExprNode y, boolean unsignedCount) {
            super(x, y);
            this.unsignedCount = unsignedCount;
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long n = shiftCount(y.evalLong(f), unsignedCount);
            return a >> Math.min(n, 63);
        }
    }

    /** Right shift of a 64-bit unsigned value. */
    public static final class UShrNode extends BinaryNode {
        final boolean unsignedCount;

        public UShrNode(ExprNode x, ExprNode y, boolean unsignedCount) {
            super(x, y);
            this.unsignedCount = unsignedCount;
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long n = shiftCount(y.evalLong(f), unsignedCount);
            return n >= 64 ? 0 : a >>> n;
        }
    }

    public static final class NegNode extends IntNode {
        final ExprNode x;

        public NegNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return -x.evalLong(f);
        }
    }

    public static final class NotNode extends IntNode {
        final ExprNode x;

        public NotNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return ~x.evalLong(f);
        }
    }

    /** Normalizes a 64-bit result to a narrower integer type: sign-extends signed, masks unsigned. */
    public static final class WrapNode extends IntNode {
        final ExprNode x;
        final int shift;
        final boolean signed;
        final long mask;

        public WrapNode(ExprNode x, int bits, boolean signed) {
            this.x = x;
            this.shift = 64 - bits;
            this.signed = signed;
            this.mask = (1L << bits) - 1;
        }

        @Override
        public long evalLong(Frame f) {
            long v = x.evalLong(f);
            return signed ? (v << shift) >> shift : v & mask;
        }
    }

    /** Wraps v to a width as WrapNode does (bits 64 leaves it). */
    public static long wrap(long v, int bits, boolean signed) {
        if (bits == 64) {
            return v;
        }
        int s = 64 - bits;
        return signed ? (v << s) >> s : v & ((1L << bits) - 1);
    }
}
