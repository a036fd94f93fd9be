package gomini.interp.nodes;

import gomini.interp.Chans;
import gomini.interp.Frame;
import gomini.runtime.ArrayValue;
import gomini.runtime.Cell;
import gomini.runtime.GoStrings;
import gomini.runtime.MapValue;
import gomini.runtime.SliceValue;
import gomini.runtime.Values;
import gomini.runtime.Waiter;
import java.util.ArrayList;
import java.util.Map;

/** for loops and range loops. */
public final class Loops {
    private Loops() {}

    /** What a loop does with its body's completion: -1 to go on, else the code the loop completes with. */
    static int after(Frame f, int c, String label) {
        switch (c) {
            case StmtNode.NORMAL:
                return -1;
            case StmtNode.BREAK:
                if (f.label == null || f.label.equals(label)) {
                    f.label = null;
                    return StmtNode.NORMAL;
                }
                return c;
            case StmtNode.CONTINUE:
                if (f.label == null || f.label.equals(label)) {
                    f.label = null;
                    return -1;
                }
                return c;
            default:
                return c;
        }
    }

    /**
     * A 3-clause (or condition-only) for. Children: cond, body, post (each may be null). fresh: slots of
     * boxed loop variables, re-boxed before post so that each iteration has its own variable.
     */
    public static final class ForNode extends StmtNode {
        final ExprNode cond;
        final StmtNode body;
        final StmtNode post;
        final String label;
        final int[] fresh;
        final int line;

        public ForNode(ExprNode cond, StmtNode body, StmtNode post, String label, int[] fresh, int line) {
            this.cond = cond;
            this.body = body;
            this.post = post;
            this.label = label;
            this.fresh = fresh;
            this.line = line;
        }

        @Override
        public int exec(Frame f) {
            int iterations = 0;
            while (true) {
                if ((++iterations & 0x3ff) == 0) {
                    // a busy loop still stops when the program ends or its goroutine is cancelled (REPL Ctrl-C)
                    f.g.checkTerminated();
                }
                if (cond != null) {
                    f.line = line;
                    if (!cond.evalBool(f)) {
                        break;
                    }
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
                // a goroutine spinning in a loop must still stop when the program ends
                f.g.checkTerminated();
                for (int s : fresh) {
                    f.slots[s] = new Cell(((Cell) f.slots[s]).value);
                }
                if (post != null) {
                    post.exec(f);
                }
            }
            return NORMAL;
        }
    }

    /** The key/value variables of a range loop; either may be null. */
    public abstract static class RangeNode extends StmtNode {
        final ExprNode x;
        final Lvals.LvalNode key;
        final Lvals.LvalNode value;
        final StmtNode body;
        final String label;

        RangeNode(ExprNode x, Lvals.LvalNode key, Lvals.LvalNode value, StmtNode body, String label) {
            this.x = x;
            this.key = key;
            this.value = value;
            this.body = body;
            this.label = label;
        }
    }

    public static final class RangeIntNode extends RangeNode {
        public RangeIntNode(ExprNode x, Lvals.LvalNode key, StmtNode body, String label) {
            super(x, key, null, body, label);
        }

        @Override
        public int exec(Frame f) {
            long n = x.evalLong(f);
            for (long i = 0; i < n; i++) {
                if (key != null) {
                    key.assign(f, i);
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    public static final class RangeSliceNode extends RangeNode {
        final boolean aggregate;

        public RangeSliceNode(ExprNode x, Lvals.LvalNode key, Lvals.LvalNode value, StmtNode body, String label,
                boolean aggregate) {
            super(x, key, value, body, label);
            this.aggregate = aggregate;
        }

        @Override
        public int exec(Frame f) {
            Object c = x.eval(f);
            Object[] arr;
            int off;
            int n;
            if (c instanceof ArrayValue a) {
                // ranging over an array value iterates over a copy
                arr = value != null ? a.copy().elems : a.elems;
                off = 0;
                n = arr.length;
            } else if (c instanceof SliceValue s) {
                arr = s.array;
                off = s.offset;
                n = s.len;
            } else {
                return NORMAL;
            }
            for (int i = 0; i < n; i++) {
                if (key != null) {
                    key.assign(f, (long) i);
                }
                if (value != null) {
                    Object v = arr[off + i];
                    value.assign(f, aggregate ? Values.copy(v) : v);
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    public static final class RangeStringNode extends RangeNode {
        public RangeStringNode(ExprNode x, Lvals.LvalNode key, Lvals.LvalNode value, StmtNode body, String label) {
            super(x, key, value, body, label);
        }

        @Override
        public int exec(Frame f) {
            String s = (String) x.eval(f);
            int i = 0;
            while (i < s.length()) {
                long d = GoStrings.decodeRune(s, i);
                if (key != null) {
                    key.assign(f, (long) i);
                }
                if (value != null) {
                    value.assign(f, d >> 8);
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
                i += (int) (d & 0xFF);
            }
            return NORMAL;
        }
    }

    public static final class RangeMapNode extends RangeNode {
        final boolean aggregate;

        public RangeMapNode(ExprNode x, Lvals.LvalNode key, Lvals.LvalNode value, StmtNode body, String label,
                boolean aggregate) {
            super(x, key, value, body, label);
            this.aggregate = aggregate;
        }

        @Override
        public int exec(Frame f) {
            MapValue m = (MapValue) x.eval(f);
            if (m == null) {
                return NORMAL;
            }
            ArrayList<Map.Entry<Object, Object>> snapshot = new ArrayList<>(m.entries.entrySet());
            for (Map.Entry<Object, Object> e : snapshot) {
                Object k = e.getKey();
                if (!m.entries.containsKey(k)) {
                    continue; // deleted during the loop
                }
                if (key != null) {
                    key.assign(f, Values.copy(k));
                }
                if (value != null) {
                    Object v = m.entries.get(k);
                    value.assign(f, aggregate ? Values.copy(v) : v);
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    public static final class RangeChanNode extends RangeNode {
        /** The range statement's line: a receive blocked between iterations is reported there, as Go does. */
        final int line;

        public RangeChanNode(ExprNode x, Lvals.LvalNode value, StmtNode body, String label, int line) {
            super(x, null, value, body, label);
            this.line = line;
        }

        @Override
        public int exec(Frame f) {
            Object ch = x.eval(f);
            while (true) {
                f.line = line;
                Waiter got = Chans.recvWaiter(f.g, ch);
                if (!got.ok()) {
                    return NORMAL;
                }
                if (value != null) {
                    value.assign(f, got.value());
                }
                int r = after(f, body.exec(f), label);
                if (r >= 0) {
                    return r;
                }
            }
        }
    }

    /** Defines a fresh variable per iteration (range with :=). */
    public static final class DefineLval extends Lvals.LvalNode {
        final int slot;
        final boolean boxed;

        public DefineLval(int slot, boolean boxed) {
            this.slot = slot;
            this.boxed = boxed;
        }

        @Override
        public void assign(Frame f, Object v) {
            f.slots[slot] = boxed ? new Cell(v) : v;
        }

        @Override
        public Object load(Frame f, Object prep) {
            throw new IllegalStateException();
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            assign(f, v);
        }
    }
}
