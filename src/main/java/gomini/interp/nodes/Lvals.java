package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.interp.Panics;
import gomini.interp.Slices;
import gomini.runtime.ArrayValue;
import gomini.runtime.Cell;
import gomini.runtime.GoPanic;
import gomini.runtime.MapValue;
import gomini.runtime.Pointer;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.runtime.Values;

/**
 * Assignable locations. assign evaluates the location's operands and stores; for op-assignments and
 * tuple assignments (where Go evaluates all operands before storing) prepare/load/store split that up.
 * An aggregate location (struct or array type) is stored into by copying into the object it owns.
 */
public final class Lvals {
    private Lvals() {}

    public abstract static class LvalNode {
        public abstract void assign(Frame f, Object v);

        public Object prepare(Frame f) {
            return null;
        }

        public abstract Object load(Frame f, Object prep);

        public abstract void store(Frame f, Object prep, Object v);
    }

    public static final class BlankNode extends LvalNode {
        @Override
        public void assign(Frame f, Object v) {}

        @Override
        public Object load(Frame f, Object prep) {
            return null;
        }

        @Override
        public void store(Frame f, Object prep, Object v) {}
    }

    public static final class LocalLval extends LvalNode {
        final int slot;
        final boolean aggregate;

        public LocalLval(int slot, boolean aggregate) {
            this.slot = slot;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            if (aggregate) {
                Values.copyInto(f.slots[slot], v);
            } else {
                f.slots[slot] = v;
            }
        }

        @Override
        public Object load(Frame f, Object prep) {
            return f.slots[slot];
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            assign(f, v);
        }
    }

    public static final class CellLval extends LvalNode {
        final int slot;
        final boolean aggregate;

        public CellLval(int slot, boolean aggregate) {
            this.slot = slot;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            Cell c = (Cell) f.slots[slot];
            if (aggregate) {
                Values.copyInto(c.value, v);
            } else {
                c.value = v;
            }
        }

        @Override
        public Object load(Frame f, Object prep) {
            return ((Cell) f.slots[slot]).value;
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            assign(f, v);
        }
    }

    public static final class GlobalLval extends LvalNode {
        final Object[] globals;
        final int index;
        final boolean aggregate;

        public GlobalLval(Object[] globals, int index, boolean aggregate) {
            this.globals = globals;
            this.index = index;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            if (aggregate) {
                Values.copyInto(globals[index], v);
            } else {
                globals[index] = v;
            }
        }

        @Override
        public Object load(Frame f, Object prep) {
            return globals[index];
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            assign(f, v);
        }
    }

    /** *p = v. Children: p. */
    public static final class DerefLval extends LvalNode {
        final ExprNode p;
        final boolean aggregate;

        public DerefLval(ExprNode p, boolean aggregate) {
            this.p = p;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            store(f, prepare(f), v);
        }

        @Override
        public Object prepare(Frame f) {
            Object ptr = p.eval(f);
            if (ptr == null) {
                throw Panics.nilDeref();
            }
            return ptr;
        }

        @Override
        public Object load(Frame f, Object prep) {
            return aggregate ? prep : ((Pointer) prep).load();
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            if (aggregate) {
                Values.copyInto(prep, v);
            } else {
                ((Pointer) prep).store(v);
            }
        }
    }

    /** x.f = v. Children: x (the struct that holds f, or a pointer to it). */
    public static final class FieldLval extends LvalNode {
        final ExprNode x;
        final int index;
        final boolean aggregate;

        public FieldLval(ExprNode x, int index, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            store(f, prepare(f), v);
        }

        @Override
        public Object prepare(Frame f) {
            Object s = x.eval(f);
            if (s == null) {
                throw Panics.nilDeref();
            }
            return s;
        }

        @Override
        public Object load(Frame f, Object prep) {
            return ((StructValue) prep).fields[index];
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            Object[] fs = ((StructValue) prep).fields;
            if (aggregate) {
                Values.copyInto(fs[index], v);
            } else {
                fs[index] = v;
            }
        }
    }

    record ElemRef(Object[] array, int index) {}

    /** a[i] = v for a slice or array (or pointer to array). Children: x, index. */
    public static final class ElemLval extends LvalNode {
        final ExprNode x;
        final ExprNode index;
        final boolean aggregate;

        public ElemLval(ExprNode x, ExprNode index, boolean aggregate) {
            this.x = x;
            this.index = index;
            this.aggregate = aggregate;
        }

        @Override
        public void assign(Frame f, Object v) {
            Object c = x.eval(f);
            long i = index.evalLong(f);
            Object[] arr;
            int k;
            if (c instanceof SliceValue s) {
                k = s.offset + Access.checkIndex(i, s.len);
                arr = s.array;
            } else if (c instanceof ArrayValue a) {
                k = Access.checkIndex(i, a.elems.length);
                arr = a.elems;
            } else if (c == null && !(x instanceof Leaves.ConstNode) && isSliceish()) {
                throw Slices.indexOutOfRange(i, 0);
            } else {
                throw Panics.nilDeref();
            }
            if (aggregate) {
                Values.copyInto(arr[k], v);
            } else {
                arr[k] = v;
            }
        }

        private boolean isSliceish() {
            return sliceType;
        }

        boolean sliceType;

        public ElemLval slice(boolean isSlice) {
            this.sliceType = isSlice;
            return this;
        }

        @Override
        public Object prepare(Frame f) {
            Object c = x.eval(f);
            long i = index.evalLong(f);
            if (c instanceof SliceValue s) {
                return new ElemRef(s.array, s.offset + Access.checkIndex(i, s.len));
            }
            if (c instanceof ArrayValue a) {
                return new ElemRef(a.elems, Access.checkIndex(i, a.elems.length));
            }
            if (sliceType) {
                throw Slices.indexOutOfRange(i, 0);
            }
            throw Panics.nilDeref();
        }

        @Override
        public Object load(Frame f, Object prep) {
            ElemRef r = (ElemRef) prep;
            return r.array[r.index];
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            ElemRef r = (ElemRef) prep;
            if (aggregate) {
                Values.copyInto(r.array[r.index], v);
            } else {
                r.array[r.index] = v;
            }
        }
    }

    record MapRef(MapValue map, Object key) {}

    /** m[k] = v. Children: m, key. Stores a copy of aggregate values (map elements are not addressable). */
    public static final class MapLval extends LvalNode {
        final ExprNode m;
        final ExprNode key;
        final gomini.types.Type elem;

        public MapLval(ExprNode m, ExprNode key, gomini.types.Type elem) {
            this.m = m;
            this.key = key;
            this.elem = elem;
        }

        @Override
        public void assign(Frame f, Object v) {
            store(f, prepare(f), v);
        }

        @Override
        public Object prepare(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object k = MapValue.key(key.eval(f));
            return new MapRef(mv, k);
        }

        @Override
        public Object load(Frame f, Object prep) {
            MapRef r = (MapRef) prep;
            Object v = r.map == null ? null : r.map.entries.get(r.key);
            if (v == null && (r.map == null || !r.map.entries.containsKey(r.key))) {
                v = gomini.runtime.Zero.of(elem);
            }
            return v;
        }

        @Override
        public void store(Frame f, Object prep, Object v) {
            MapRef r = (MapRef) prep;
            if (r.map == null) {
                throw GoPanic.plain("assignment to entry in nil map");
            }
            r.map.entries.put(r.key, v);
        }
    }
}
