package gomini.interp.nodes;

import gomini.interp.Closure;
import gomini.interp.Frame;
import gomini.interp.FunctionCode;
import gomini.interp.MethodSets;
import gomini.interp.Panics;
import gomini.runtime.Cell;
import gomini.runtime.GoFunc;
import gomini.runtime.Iface;
import gomini.types.Type;

/** Function values and calls. A call's value is null, the result, or Object[] for several results. */
public final class Calls {
    private Calls() {}

    /** A func literal: captures the Cells of the variables it uses. Children: refs to those Cells. */
    public static final class ClosureNode extends ExprNode {
        final FunctionCode code;
        final ExprNode[] cells;

        public ClosureNode(FunctionCode code, ExprNode[] cells) {
            this.code = code;
            this.cells = cells;
        }

        @Override
        public Object eval(Frame f) {
            Cell[] cs = new Cell[cells.length];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = (Cell) cells[i].eval(f);
            }
            return new Closure(code, cs);
        }
    }

    private static final Object[] NO_ARGS = {};

    static Object[] evalArgs(ExprNode[] args, Frame f) {
        if (args.length == 0) {
            return NO_ARGS; // nothing can be stored in it, so all calls without arguments share it
        }
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i].eval(f);
        }
        return a;
    }

    /** A call of a function known at compile time: arguments go straight into the callee's slots. */
    public static final class StaticCallNode extends ExprNode {
        final FunctionCode code;
        final ExprNode[] args;

        public StaticCallNode(FunctionCode code, ExprNode[] args) {
            this.code = code;
            this.args = args;
        }

        @Override
        public Object eval(Frame f) {
            FunctionCode c = code;
            Object[] slots = new Object[c.frameSize];
            int[] ps = c.paramSlots;
            boolean[] boxed = c.paramBoxed;
            ExprNode[] as = args;
            for (int i = 0; i < as.length; i++) {
                Object v = as[i].eval(f);
                int s = ps[i];
                if (s >= 0) {
                    slots[s] = boxed[i] ? new Cell(v) : v;
                }
            }
            return c.run(f.g, slots);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** A call of a func value (closure, bound method, native function). Children: fn, args. */
    public static final class DynamicCallNode extends ExprNode {
        final ExprNode fn;
        final ExprNode[] args;

        public DynamicCallNode(ExprNode fn, ExprNode[] args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public Object eval(Frame f) {
            GoFunc g = (GoFunc) fn.eval(f);
            Object[] a = evalArgs(args, f);
            if (g == null) {
                throw Panics.nilDeref();
            }
            return g.call(f.g, a);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** A call of a native function. */
    public static final class NativeCallNode extends ExprNode {
        final GoFunc fn;
        final ExprNode[] args;

        public NativeCallNode(GoFunc fn, ExprNode[] args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public Object eval(Frame f) {
            return fn.call(f.g, evalArgs(args, f));
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** f(g()) where g returns several values: they become the arguments. Children: fn, the tuple call. */
    public static final class SpreadCallNode extends ExprNode {
        final ExprNode fn;
        final ExprNode tuple;
        final java.util.function.UnaryOperator<Object[]> adapt;

        public SpreadCallNode(ExprNode fn, ExprNode tuple, java.util.function.UnaryOperator<Object[]> adapt) {
            this.fn = fn;
            this.tuple = tuple;
            this.adapt = adapt;
        }

        @Override
        public Object eval(Frame f) {
            GoFunc g = (GoFunc) fn.eval(f);
            Object[] a = adapt.apply(((Object[]) tuple.eval(f)).clone());
            if (g == null) {
                throw Panics.nilDeref();
            }
            return g.call(f.g, a);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** i.M(args): finds M on the dynamic type, cached for the last type seen here. Children: x, args. */
    public static final class InterfaceCallNode extends ExprNode {
        final ExprNode x;
        final String name;
        final ExprNode[] args;
        private Type cachedType;
        private GoFunc cachedFn;

        public InterfaceCallNode(ExprNode x, String name, ExprNode[] args) {
            this.x = x;
            this.name = name;
            this.args = args;
        }

        @Override
        public Object eval(Frame f) {
            Iface i = (Iface) x.eval(f);
            Object[] a = new Object[args.length + 1];
            for (int k = 0; k < args.length; k++) {
                a[k + 1] = args[k].eval(f);
            }
            if (i == null) {
                throw Panics.nilDeref();
            }
            a[0] = i.value();
            return lookup(i.type()).call(f.g, a);
        }

        GoFunc lookup(Type t) {
            GoFunc fn = cachedFn;
            if (cachedType != t || fn == null) {
                fn = MethodSets.find(t, name);
                cachedType = t;
                cachedFn = fn;
            }
            return fn;
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** x.M as a value: binds the receiver now. Children: recv (already adjusted to M's receiver). */
    public static final class BoundMethodNode extends ExprNode {
        final ExprNode recv;
        final GoFunc method;

        public BoundMethodNode(ExprNode recv, GoFunc method) {
            this.recv = recv;
            this.method = method;
        }

        @Override
        public Object eval(Frame f) {
            Object r = recv.eval(f);
            GoFunc m = method;
            return (GoFunc) (g, args) -> {
                Object[] a = new Object[args.length + 1];
                a[0] = r;
                System.arraycopy(args, 0, a, 1, args.length);
                return m.call(g, a);
            };
        }
    }

    /** i.M as a value for an interface i. */
    public static final class BoundInterfaceMethodNode extends ExprNode {
        final ExprNode x;
        final String name;

        public BoundInterfaceMethodNode(ExprNode x, String name) {
            this.x = x;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Iface i = (Iface) x.eval(f);
            if (i == null) {
                throw Panics.nilDeref();
            }
            GoFunc m = MethodSets.find(i.type(), name);
            Object r = i.value();
            return (GoFunc) (g, args) -> {
                Object[] a = new Object[args.length + 1];
                a[0] = r;
                System.arraycopy(args, 0, a, 1, args.length);
                return m.call(g, a);
            };
        }
    }

    /** Picks one value out of a multi-valued expression. */
    public static final class TupleElemNode extends ExprNode {
        final ExprNode tuple;
        final int index;

        public TupleElemNode(ExprNode tuple, int index) {
            this.tuple = tuple;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return ((Object[]) tuple.eval(f))[index];
        }
    }
}
