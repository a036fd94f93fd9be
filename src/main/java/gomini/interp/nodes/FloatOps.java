package gomini.interp.nodes;

import gomini.interp.Frame;

/** Floating-point arithmetic in doubles; float32 results are rounded by {@link F32Node}. */
public final class FloatOps {
    private FloatOps() {}

    public abstract static class FloatNode extends ExprNode {
        @Override
        public final Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public abstract double evalDouble(Frame f);
    }

    abstract static class BinaryNode extends FloatNode {
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
        public double evalDouble(Frame f) {
            return x.evalDouble(f) + y.evalDouble(f);
        }
    }

    public static final class SubNode extends BinaryNode {
        public SubNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public double evalDouble(Frame f) {
            return x.evalDouble(f) - y.evalDouble(f);
        }
    }

    public static final class MulNode extends BinaryNode {
        public MulNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public double evalDouble(Frame f) {
            return x.evalDouble(f) * y.evalDouble(f);
        }
    }

    public static final class DivNode extends BinaryNode {
        public DivNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public double evalDouble(Frame f) {
            return x.evalDouble(f) / y.evalDouble(f);
        }
    }

    public static final class NegNode extends FloatNode {
        final ExprNode x;

        public NegNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public double evalDouble(Frame f) {
            return -x.evalDouble(f);
        }
    }

    /** Rounds to float32 precision. */
    public static final class F32Node extends FloatNode {
        final ExprNode x;

        public F32Node(ExprNode x) {
            this.x = x;
        }

        @Override
        public double evalDouble(Frame f) {
            return (float) x.evalDouble(f);
        }
    }
}
