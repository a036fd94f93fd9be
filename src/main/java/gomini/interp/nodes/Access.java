package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.interp.Panics;
import gomini.interp.Slices;
import gomini.runtime.ArrayValue;
import gomini.runtime.ElemPointer;
import gomini.runtime.FieldPointer;
import gomini.runtime.MapValue;
import gomini.runtime.Pointer;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.runtime.Zero;
import gomini.types.Type;

/** Reading elements, fields and pointees, and taking their addresses. */
public final class Access {
    private Access() {}

    static int checkIndex(long i, int len) {
        if (i < 0 || i >= len) {
            throw Slices.indexOutOfRange(i, len);
        }
        return (int) i;
    }

    /** Children: x (a slice), index. */
    public static final class SliceIndexNode extends ExprNode {
        final ExprNode x;
        final ExprNode index;

        public SliceIndexNode(ExprNode x, ExprNode index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            SliceValue s = (SliceValue) x.eval(f);
            long i = index.evalLong(f);
            if (s == null) {
                throw Slices.indexOutOfRange(i, 0);
            }
            return s.array[s.offset + checkIndex(i, s.len)];
        }
    }

    /** Children: x (an array or pointer to array), index. */
    public static final class ArrayIndexNode extends ExprNode {
        final ExprNode x;
        final ExprNode index;

        public ArrayIndexNode(ExprNode x, ExprNode index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            ArrayValue a = (ArrayValue) x.eval(f);
            long i = index.evalLong(f);
            if (a == null) {
                throw Panics.nilDeref();
            }
            return a.elems[checkIndex(i, a.elems.length)];
        }
    }

    /** Children: x (a string), index; the byte as a Long. */
    public static final class StringIndexNode extends ExprNode {
        final ExprNode x;
        final ExprNode index;

        public StringIndexNode(ExprNode x, ExprNode index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            String s = (String) x.eval(f);
            long i = index.evalLong(f);
            return s.charAt(checkIndex(i, s.length()));
        }
    }

    /** Children: x (a map, maybe nil), key; missing keys give the element type's zero value. */
    public static final class MapIndexNode extends ExprNode {
        final ExprNode x;
        final ExprNode key;
        final Type elem;
        final boolean commaOk;

        public MapIndexNode(ExprNode x, ExprNode key, Type elem, boolean commaOk) {
            this.x = x;
            this.key = key;
            this.elem = elem;
            this.commaOk = commaOk;
        }

        @Override
        public Object eval(Frame f) {
            MapValue m = (MapValue) x.eval(f);
            Object k = MapValue.key(key.eval(f));
            Object v = m == null ? null : m.entries.get(k);
            boolean ok = v != null || m != null && m.entries.containsKey(k);
            if (!ok) {
                v = Zero.of(elem);
            }
            return commaOk ? new Object[] {v, ok} : v;
        }
    }

    /** Children: x (a struct or pointer to struct, same representation); path: field indexes through embedded fields. */
    public static final class FieldNode extends ExprNode {
        final ExprNode x;
        final int[] path;

        public FieldNode(ExprNode x, int[] path) {
            this.x = x;
            this.path = path;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            for (int i : path) {
                if (v == null) {
                    throw Panics.nilDeref();
                }
                v = ((StructValue) v).fields[i];
            }
            return v;
        }
    }

    /** *p for a pointer to a non-aggregate. */
    public static final class DerefNode extends ExprNode {
        final ExprNode x;

        public DerefNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Object p = x.eval(f);
            if (p == null) {
                throw Panics.nilDeref();
            }
            return ((Pointer) p).load();
        }
    }

    /** *p for a pointer to struct or array: the pointer is the value; only nil needs checking. */
    public static final class DerefAggregateNode extends ExprNode {
        final ExprNode x;

        public DerefAggregateNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Object p = x.eval(f);
            if (p == null) {
                throw Panics.nilDeref();
            }
            return p;
        }
    }

    /** A global's address. */
    public static final class GlobalAddrNode extends ExprNode {
        final Object[] globals;
        final int index;

        public GlobalAddrNode(Object[] globals, int index) {
            this.globals = globals;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return new ElemPointer(globals, index);
        }
    }

    /** &s[i] / &a[i] for a non-aggregate element. Children: x (slice or array), index. */
    public static final class ElemAddrNode extends ExprNode {
        final ExprNode x;
        final ExprNode index;

        public ElemAddrNode(ExprNode x, ExprNode index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            Object c = x.eval(f);
            long i = index.evalLong(f);
            if (c instanceof ArrayValue a) {
                return new ElemPointer(a.elems, checkIndex(i, a.elems.length));
            }
            SliceValue s = (SliceValue) c;
            if (s == null) {
                throw Slices.indexOutOfRange(i, 0);
            }
            return new ElemPointer(s.array, s.offset + checkIndex(i, s.len));
        }
    }

    /** &x.f for a non-aggregate field. Children: x (the struct holding f). */
    public static final class FieldAddrNode extends ExprNode {
        final ExprNode x;
        final int index;

        public FieldAddrNode(ExprNode x, int index) {
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            StructValue s = (StructValue) x.eval(f);
            if (s == null) {
                throw Panics.nilDeref();
            }
            return new FieldPointer(s, index);
        }
    }

    /** Wraps a value in a fresh Cell: new(T), &T{} of a non-aggregate, &x of an unboxed temporary. */
    public static final class NewCellNode extends ExprNode {
        final ExprNode x;

        public NewCellNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return new gomini.runtime.Cell(x.eval(f));
        }
    }

    /** A fresh zero value (structs and arrays). */
    public static final class ZeroNode extends ExprNode {
        final Type type;

        public ZeroNode(Type type) {
            this.type = type;
        }

        @Override
        public Object eval(Frame f) {
            return Zero.of(type);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** Copies a struct or array value read from a location that owns it. */
    public static final class CopyNode extends ExprNode {
        final ExprNode x;

        public CopyNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return gomini.runtime.Values.copy(x.eval(f));
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** Children: x (string, slice or array), low, high, max (each may be null). */
    public static final class SliceExprNode extends ExprNode {
        final ExprNode x;
        final ExprNode low;
        final ExprNode high;
        final ExprNode max;

        public SliceExprNode(ExprNode x, ExprNode low, ExprNode high, ExprNode max) {
            this.x = x;
            this.low = low;
            this.high = high;
            this.max = max;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            long lo = low == null ? 0 : low.evalLong(f);
            if (v instanceof String s) {
                long hi = high == null ? s.length() : high.evalLong(f);
                Slices.checkSlice(lo, hi, 0, s.length(), false, true);
                return s.substring((int) lo, (int) hi);
            }
            Object[] arr;
            int off;
            int len;
            int cap;
            if (v instanceof ArrayValue a) {
                arr = a.elems;
                off = 0;
                len = cap = arr.length;
            } else if (v instanceof SliceValue s) {
                arr = s.array;
                off = s.offset;
                len = s.len;
                cap = s.cap;
            } else if (v == null && !(x instanceof Leaves.ConstNode)) {
                arr = null;
                off = len = cap = 0;
            } else {
                throw Panics.nilDeref();
            }
            long hi = high == null ? len : high.evalLong(f);
            long mx = max == null ? cap : max.evalLong(f);
            Slices.checkSlice(lo, hi, mx, cap, max != null, false);
            if (arr == null) {
                return null;
            }
            return new SliceValue(arr, off + (int) lo, (int) (hi - lo), (int) (mx - lo));
        }
    }

    /** len of a string, slice, array, map or channel. */
    public static final class LenNode extends ExprNode {
        final ExprNode x;

        public LenNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            Object v = x.eval(f);
            return switch (v) {
                case null -> 0;
                case String s -> s.length();
                case SliceValue s -> s.len;
                case ArrayValue a -> a.elems.length;
                case MapValue m -> m.entries.size();
                default -> gomini.interp.Chans.len(v);
            };
        }
    }

    public static final class CapNode extends ExprNode {
        final ExprNode x;

        public CapNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            Object v = x.eval(f);
            return switch (v) {
                case null -> 0;
                case SliceValue s -> s.cap;
                case ArrayValue a -> a.elems.length;
                default -> gomini.interp.Chans.cap(v);
            };
        }
    }
}
