package gomini.interp.nodes;

import gomini.interp.Frame;

/** Comparisons, one node class per operator and operand kind; each evaluates x then y. */
public final class Compare {
    private Compare() {}

    public abstract static class BoolNode extends ExprNode {
        @Override
        public final Object eval(Frame f) {
            return evalBool(f);
        }

        @Override
        public abstract boolean evalBool(Frame f);
    }

    abstract static class BinaryNode extends BoolNode {
        final ExprNode x;
        final ExprNode y;

        BinaryNode(ExprNode x, ExprNode y) {
            this.x = x;
            this.y = y;
        }
    }

    public static final class IntEqNode extends BinaryNode {
        public IntEqNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) == y.evalLong(f);
        }
    }

    public static final class FloatEqNode extends BinaryNode {
        public FloatEqNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) == y.evalDouble(f);
        }
    }

    public static final class StringEqNode extends BinaryNode {
        public StringEqNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) == 0;
        }
    }

    public static final class IntNeNode extends BinaryNode {
        public IntNeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) != y.evalLong(f);
        }
    }

    public static final class FloatNeNode extends BinaryNode {
        public FloatNeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) != y.evalDouble(f);
        }
    }

    public static final class StringNeNode extends BinaryNode {
        public StringNeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) != 0;
        }
    }

    public static final class IntLtNode extends BinaryNode {
        public IntLtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) < y.evalLong(f);
        }
    }

    public static final class FloatLtNode extends BinaryNode {
        public FloatLtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) < y.evalDouble(f);
        }
    }

    public static final class StringLtNode extends BinaryNode {
        public StringLtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) < 0;
        }
    }

    public static final class IntLeNode extends BinaryNode {
        public IntLeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) <= y.evalLong(f);
        }
    }

    public static final class FloatLeNode extends BinaryNode {
        public FloatLeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) <= y.evalDouble(f);
        }
    }

    public static final class StringLeNode extends BinaryNode {
        public StringLeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) <= 0;
        }
    }

    public static final class IntGtNode extends BinaryNode {
        public IntGtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) > y.evalLong(f);
        }
    }

    public static final class FloatGtNode extends BinaryNode {
        public FloatGtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) > y.evalDouble(f);
        }
    }

    public static final class StringGtNode extends BinaryNode {
        public StringGtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) > 0;
        }
    }

    public static final class IntGeNode extends BinaryNode {
        public IntGeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalLong(f) >= y.evalLong(f);
        }
    }

    public static final class FloatGeNode extends BinaryNode {
        public FloatGeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalDouble(f) >= y.evalDouble(f);
        }
    }

    public static final class StringGeNode extends BinaryNode {
        public StringGeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((String) x.eval(f)).compareTo((String) y.eval(f)) >= 0;
        }
    }

    public static final class UintLtNode extends BinaryNode {
        public UintLtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return Long.compareUnsigned(x.evalLong(f), y.evalLong(f)) < 0;
        }
    }

    public static final class UintLeNode extends BinaryNode {
        public UintLeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return Long.compareUnsigned(x.evalLong(f), y.evalLong(f)) <= 0;
        }
    }

    public static final class UintGtNode extends BinaryNode {
        public UintGtNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return Long.compareUnsigned(x.evalLong(f), y.evalLong(f)) > 0;
        }
    }

    public static final class UintGeNode extends BinaryNode {
        public UintGeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return Long.compareUnsigned(x.evalLong(f), y.evalLong(f)) >= 0;
        }
    }

    public static final class BoolEqNode extends BinaryNode {
        public BoolEqNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) == y.evalBool(f);
        }
    }

    public static final class BoolNeNode extends BinaryNode {
        public BoolNeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) != y.evalBool(f);
        }
    }

    public static final class ValueEqNode extends BinaryNode {
        public ValueEqNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return gomini.runtime.Values.equal(x.eval(f), y.eval(f));
        }
    }

    public static final class ValueNeNode extends BinaryNode {
        public ValueNeNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return !gomini.runtime.Values.equal(x.eval(f), y.eval(f));
        }
    }

    /** Interface comparison: panics when both dynamic types are the same uncomparable type. */
    public static final class IfaceEqNode extends BinaryNode {
        final boolean negate;

        public IfaceEqNode(ExprNode x, ExprNode y, boolean negate) {
            super(x, y);
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            Object a = x.eval(f);
            Object b = y.eval(f);
            if (a instanceof gomini.runtime.Iface ia && b instanceof gomini.runtime.Iface ib && ia.type() == ib.type()
                    && !gomini.types.Types.comparable(ia.type())) {
                throw gomini.runtime.GoPanic.runtimeError("comparing uncomparable type " + ia.type());
            }
            return gomini.runtime.Values.equal(a, b) != negate;
        }
    }

    /** == on pointers, channels and other references: the same location (a struct pointer is its StructValue). */
    public static final class PtrEqNode extends BinaryNode {
        final boolean negate;

        public PtrEqNode(ExprNode x, ExprNode y, boolean negate) {
            super(x, y);
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            return samePointer(x.eval(f), y.eval(f)) != negate;
        }
    }

    public static boolean samePointer(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return (a instanceof gomini.runtime.ElemPointer || a instanceof gomini.runtime.FieldPointer) && a.equals(b);
    }

    public static final class AndAndNode extends BinaryNode {
        public AndAndNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) && y.evalBool(f);
        }
    }

    public static final class OrOrNode extends BinaryNode {
        public OrOrNode(ExprNode x, ExprNode y) {
            super(x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) || y.evalBool(f);
        }
    }

    public static final class NotNode extends BoolNode {
        final ExprNode x;

        public NotNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public boolean evalBool(Frame f) {
            return !x.evalBool(f);
        }
    }
}
