package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.runtime.Cell;

/** Expressions without children: constants and variable reads. */
public final class Leaves {
    private Leaves() {}

    public static ExprNode constant(Object v) {
        if (v instanceof Long l) {
            return new LongConstNode(l);
        }
        if (v instanceof Double d) {
            return new DoubleConstNode(d);
        }
        if (v instanceof Boolean b) {
            return new BoolConstNode(b);
        }
        return new ConstNode(v);
    }

    public static final class ConstNode extends ExprNode {
        final Object value;

        public ConstNode(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            return value;
        }
    }

    public static final class LongConstNode extends ExprNode {
        final Long boxed;
        final long value;

        LongConstNode(Long v) {
            boxed = v;
            value = v;
        }

        @Override
        public Object eval(Frame f) {
            return boxed;
        }

        @Override
        public long evalLong(Frame f) {
            return value;
        }
    }

    public static final class DoubleConstNode extends ExprNode {
        final Double boxed;
        final double value;

        DoubleConstNode(Double v) {
            boxed = v;
            value = v;
        }

        @Override
        public Object eval(Frame f) {
            return boxed;
        }

        @Override
        public double evalDouble(Frame f) {
            return value;
        }
    }

    public static final class BoolConstNode extends ExprNode {
        final boolean value;

        BoolConstNode(boolean v) {
            value = v;
        }

        @Override
        public Object eval(Frame f) {
            return value;
        }

        @Override
        public boolean evalBool(Frame f) {
            return value;
        }
    }

    /** A local variable in its frame slot. */
    public static final class LocalNode extends ExprNode {
        final int slot;

        public LocalNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return f.slots[slot];
        }

        @Override
        public long evalLong(Frame f) {
            return (Long) f.slots[slot];
        }
    }

    /** A boxed or captured variable: its slot holds the Cell. */
    public static final class CellLocalNode extends ExprNode {
        final int slot;

        public CellLocalNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return ((Cell) f.slots[slot]).value;
        }
    }

    /** The Cell itself (for &x and for capturing x into a closure). */
    public static final class CellRefNode extends ExprNode {
        final int slot;

        public CellRefNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return f.slots[slot];
        }
    }

    /** A package-level variable. */
    public static final class GlobalNode extends ExprNode {
        final Object[] globals;
        final int index;

        public GlobalNode(Object[] globals, int index) {
            this.globals = globals;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return globals[index];
        }
    }
}
