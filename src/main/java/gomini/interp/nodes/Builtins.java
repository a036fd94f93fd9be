package gomini.interp.nodes;

import gomini.interp.Chans;
import gomini.interp.Frame;
import gomini.interp.Panics;
import gomini.interp.Slices;
import gomini.runtime.Channel;
import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.MapValue;
import gomini.runtime.SliceValue;
import gomini.runtime.Zero;
import gomini.types.Type;
import java.util.function.Function;

/** The predeclared functions that need nodes of their own. */
public final class Builtins {
    private Builtins() {}

    /** append(s, elems...). Children: s, elems (each already an independent value). */
    public static final class AppendNode extends ExprNode {
        final ExprNode s;
        final ExprNode[] elems;
        final long elemSize;
        final Object zero;

        public AppendNode(ExprNode s, ExprNode[] elems, long elemSize, Object zero) {
            this.s = s;
            this.elems = elems;
            this.elemSize = elemSize;
            this.zero = zero;
        }

        @Override
        public Object eval(Frame f) {
            SliceValue sv = (SliceValue) s.eval(f);
            if (elems.length == 1) {
                return Slices.append1(sv, elems[0].eval(f), elemSize, zero);
            }
            Object[] vs = new Object[elems.length];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = elems[i].eval(f);
            }
            return Slices.append(sv, vs, vs.length, elemSize, zero);
        }
    }

    /** append(s, t...) with t a slice (or a string, for []byte). */
    public static final class AppendSpreadNode extends ExprNode {
        final ExprNode s;
        final ExprNode t;
        final long elemSize;
        final Object zero;
        final boolean inline;

        public AppendSpreadNode(ExprNode s, ExprNode t, long elemSize, Object zero, boolean inline) {
            this.s = s;
            this.t = t;
            this.elemSize = elemSize;
            this.zero = zero;
            this.inline = inline;
        }

        @Override
        public Object eval(Frame f) {
            SliceValue sv = (SliceValue) s.eval(f);
            Object tv = t.eval(f);
            Object[] vs;
            if (tv instanceof String str) {
                vs = new Object[str.length()];
                for (int i = 0; i < vs.length; i++) {
                    vs[i] = (long) str.charAt(i);
                }
            } else if (tv == null) {
                return sv;
            } else {
                SliceValue ts = (SliceValue) tv;
                vs = new Object[ts.len];
                System.arraycopy(ts.array, ts.offset, vs, 0, ts.len);
                if (inline) {
                    for (int i = 0; i < vs.length; i++) {
                        vs[i] = gomini.runtime.Values.copy(vs[i]);
                    }
                }
            }
            return Slices.append(sv, vs, vs.length, elemSize, zero);
        }
    }

    public static final class CopyNode extends ExprNode {
        final ExprNode dst;
        final ExprNode src;
        final boolean inline;

        public CopyNode(ExprNode dst, ExprNode src, boolean inline) {
            this.dst = dst;
            this.src = src;
            this.inline = inline;
        }

        @Override
        public Object eval(Frame f) {
            SliceValue d = (SliceValue) dst.eval(f);
            Object s = src.eval(f);
            if (s instanceof String str) {
                int n = d == null ? 0 : Math.min(d.len, str.length());
                for (int i = 0; i < n; i++) {
                    d.array[d.offset + i] = (long) str.charAt(i);
                }
                return (long) n;
            }
            return (long) Slices.copy(d, (SliceValue) s, inline);
        }
    }

    public static final class MakeSliceNode extends ExprNode {
        final ExprNode len;
        final ExprNode cap;
        final Type elem;

        public MakeSliceNode(ExprNode len, ExprNode cap, Type elem) {
            this.len = len;
            this.cap = cap;
            this.elem = elem;
        }

        @Override
        public Object eval(Frame f) {
            long n = len.evalLong(f);
            long c = cap == null ? n : cap.evalLong(f);
            if (n < 0) {
                throw GoPanic.runtimeError("makeslice: len out of range");
            }
            if (c < n) {
                throw GoPanic.runtimeError("makeslice: cap out of range");
            }
            Object[] a = new Object[(int) c];
            if (Zero.isAggregate(elem)) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = Zero.of(elem);
                }
            } else {
                java.util.Arrays.fill(a, Zero.of(elem));
            }
            return new SliceValue(a, 0, (int) n, (int) c);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    public static final class MakeMapNode extends ExprNode {
        final ExprNode size;

        public MakeMapNode(ExprNode size) {
            this.size = size;
        }

        @Override
        public Object eval(Frame f) {
            return new MapValue(size == null ? 0 : (int) Math.min(size.evalLong(f), 1 << 16));
        }
    }

    public static final class MakeChanNode extends ExprNode {
        final ExprNode size;
        final Type elem;

        public MakeChanNode(ExprNode size, Type elem) {
            this.size = size;
            this.elem = elem;
        }

        @Override
        public Object eval(Frame f) {
            long n = size == null ? 0 : size.evalLong(f);
            if (n < 0) {
                throw GoPanic.plain("makechan: size out of range");
            }
            return new Channel((int) n, Zero.isAggregate(elem) ? Zero.of(elem) : Zero.of(elem));
        }
    }

    public static final class DeleteNode extends ExprNode {
        final ExprNode m;
        final ExprNode key;

        public DeleteNode(ExprNode m, ExprNode key) {
            this.m = m;
            this.key = key;
        }

        @Override
        public Object eval(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object k = key.eval(f);
            if (mv != null) {
                mv.entries.remove(MapValue.key(k));
            }
            return null;
        }
    }

    public static final class ClearNode extends ExprNode {
        final ExprNode x;
        final Type elem;

        public ClearNode(ExprNode x, Type elem) {
            this.x = x;
            this.elem = elem;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            if (v instanceof MapValue m) {
                m.entries.clear();
            } else if (v instanceof SliceValue s) {
                for (int i = 0; i < s.len; i++) {
                    s.set(i, Zero.of(elem));
                }
            }
            return null;
        }
    }

    public static final class PanicNode extends ExprNode {
        final ExprNode value;

        public PanicNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            throw new GoPanic(v, f.g.panicking);
        }
    }

    public static GoFunc panicFunc() {
        return (g, a) -> {
            throw new GoPanic(a[0], g.panicking);
        };
    }

    public static final class RecoverNode extends ExprNode {
        @Override
        public Object eval(Frame f) {
            Goroutine g = f.g;
            GoPanic p = g.panicking;
            if (p == null || p.recovered() || g.stack().depth() != g.recoverDepth) {
                return null;
            }
            p.setRecovered(true);
            return Panics.recoverValue(p);
        }
    }

    public static final class CloseNode extends ExprNode {
        final ExprNode ch;

        public CloseNode(ExprNode ch) {
            this.ch = ch;
        }

        @Override
        public Object eval(Frame f) {
            Chans.close(ch.eval(f));
            return null;
        }
    }

    /** print/println to standard error: each argument formatted by its static type. */
    public static final class PrintNode extends ExprNode {
        final ExprNode[] args;
        final Function<Object, String>[] formats;
        final boolean ln;
        final java.util.function.Consumer<String> out;

        public PrintNode(ExprNode[] args, Function<Object, String>[] formats, boolean ln,
                java.util.function.Consumer<String> out) {
            this.args = args;
            this.formats = formats;
            this.ln = ln;
            this.out = out;
        }

        @Override
        public Object eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (ln && i > 0) {
                    sb.append(' ');
                }
                sb.append(formats[i].apply(args[i].eval(f)));
            }
            if (ln) {
                sb.append('\n');
            }
            out.accept(sb.toString());
            return null;
        }
    }

    /** min/max over ints, floats or strings. Children: the operands. */
    public static final class MinMaxNode extends ExprNode {
        final ExprNode[] args;
        final boolean max;
        final int kind; // 0 signed int, 1 unsigned int, 2 float, 3 string

        public MinMaxNode(ExprNode[] args, boolean max, int kind) {
            this.args = args;
            this.max = max;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Object best = args[0].eval(f);
            for (int i = 1; i < args.length; i++) {
                Object v = args[i].eval(f);
                int c;
                switch (kind) {
                    case 0 -> c = Long.compare((Long) v, (Long) best);
                    case 1 -> c = Long.compareUnsigned((Long) v, (Long) best);
                    case 2 -> {
                        double a = (Double) v;
                        double b = (Double) best;
                        if (Double.isNaN(a) || Double.isNaN(b)) {
                            best = Double.NaN;
                            continue;
                        }
                        c = Double.compare(a, b);
                    }
                    default -> c = ((String) v).compareTo((String) best);
                }
                if (max ? c > 0 : c < 0) {
                    best = v;
                }
            }
            return best;
        }
    }
}
