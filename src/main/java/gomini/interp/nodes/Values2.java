package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.interp.Panics;
import gomini.runtime.ArrayValue;
import gomini.runtime.GoPanic;
import gomini.runtime.GoStrings;
import gomini.runtime.Iface;
import gomini.runtime.MapValue;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.types.Interface;
import gomini.types.Type;
import java.io.ByteArrayOutputStream;
import java.util.function.UnaryOperator;

/** Conversions, interface wrapping and assertion, composite literals, string concatenation. */
public final class Values2 {
    private Values2() {}

    /** A conversion computed by a function of the operand (the compiler picks it per type pair). */
    public static final class ConvertNode extends ExprNode {
        final ExprNode x;
        final UnaryOperator<Object> op;

        public ConvertNode(ExprNode x, UnaryOperator<Object> op) {
            this.x = x;
            this.op = op;
        }

        @Override
        public Object eval(Frame f) {
            return op.apply(x.eval(f));
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    public static final class IntToFloatNode extends FloatOps.FloatNode {
        final ExprNode x;
        final boolean unsigned;
        final boolean f32;

        public IntToFloatNode(ExprNode x, boolean unsigned, boolean f32) {
            this.x = x;
            this.unsigned = unsigned;
            this.f32 = f32;
        }

        @Override
        public double evalDouble(Frame f) {
            long v = x.evalLong(f);
            double d;
            if (unsigned && v < 0) {
                d = (double) ((v >>> 1) | (v & 1)) * 2.0;
            } else {
                d = v;
            }
            return f32 ? (float) d : d;
        }
    }

    public static final class FloatToIntNode extends IntOps.IntNode {
        final ExprNode x;
        final boolean unsigned64;

        public FloatToIntNode(ExprNode x, boolean unsigned64) {
            this.x = x;
            this.unsigned64 = unsigned64;
        }

        @Override
        public long evalLong(Frame f) {
            double d = x.evalDouble(f);
            if (unsigned64 && d >= 9.223372036854775807E18) {
                return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
            }
            return (long) d;
        }
    }

    public static String runesToString(SliceValue s) {
        if (s == null) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.len; i++) {
            out.writeBytes(GoStrings.toBytes(GoStrings.fromRune((Long) s.get(i))));
        }
        return GoStrings.fromBytes(out.toByteArray());
    }

    public static String bytesToString(SliceValue s) {
        if (s == null) {
            return "";
        }
        char[] cs = new char[s.len];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = (char) (long) (Long) s.get(i);
        }
        return new String(cs);
    }

    public static SliceValue stringToBytes(String s, long elemSize) {
        Object[] a = new Object[s.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (long) s.charAt(i);
        }
        return sized(a, elemSize);
    }

    public static SliceValue stringToRunes(String s) {
        java.util.ArrayList<Object> rs = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            rs.add(d >> 8);
            i += (int) (d & 0xFF);
        }
        return sized(rs.toArray(), 4);
    }

    /** A new slice holding a, with the capacity Go's allocator would give it. */
    static SliceValue sized(Object[] a, long elemSize) {
        int cap = a.length == 0 ? 0 : gomini.interp.Slices.grownCap(0, a.length, elemSize);
        Object[] arr = java.util.Arrays.copyOf(a, cap);
        for (int i = a.length; i < cap; i++) {
            arr[i] = a.length > 0 ? zeroLike(a[0]) : null;
        }
        return new SliceValue(arr, 0, a.length, cap);
    }

    private static Object zeroLike(Object v) {
        return v instanceof Long ? (Object) 0L : null;
    }

    /** Wraps a concrete value in an interface value of its static type. */
    public static final class ToIfaceNode extends ExprNode {
        final ExprNode x;
        final Type type;

        public ToIfaceNode(ExprNode x, Type type) {
            this.x = x;
            this.type = type;
        }

        @Override
        public Object eval(Frame f) {
            return new Iface(type, x.eval(f));
        }
    }

    /** x.(T): concrete T compares dynamic types; interface T checks the method set. */
    public static final class TypeAssertNode extends ExprNode {
        final ExprNode x;
        final Type target;
        final Type staticType;
        final boolean commaOk;
        final Object zero;

        public TypeAssertNode(ExprNode x, Type target, Type staticType, boolean commaOk) {
            this.x = x;
            this.target = target;
            this.staticType = staticType;
            this.commaOk = commaOk;
            this.zero = gomini.runtime.Zero.isAggregate(target) ? null : gomini.runtime.Zero.of(target);
        }

        @Override
        public Object eval(Frame f) {
            Iface i = (Iface) x.eval(f);
            boolean isIface = target.underlying() instanceof Interface;
            boolean ok = Switches.matches(i, target);
            if (commaOk) {
                Object v = ok ? (isIface ? i : i.value()) : (isIface ? null : zeroValue());
                return new Object[] {v, ok};
            }
            if (!ok) {
                String st = staticType.toString().equals("interface {}") ? "interface {}" : staticType.toString();
                if (i == null) {
                    throw GoPanic.plain("interface conversion: " + st + " is nil, not " + target);
                }
                if (isIface) {
                    String missing = "";
                    for (Interface.Method m : ((Interface) target.underlying()).methods()) {
                        if (gomini.interp.MethodSets.find(i.type(), m.name()) == null) {
                            missing = m.name();
                            break;
                        }
                    }
                    throw GoPanic.plain("interface conversion: " + i.type() + " is not " + target
                            + ": missing method " + missing);
                }
                throw GoPanic.plain("interface conversion: " + st + " is " + i.type() + ", not " + target);
            }
            return isIface ? i : i.value();
        }

        private Object zeroValue() {
            return zero != null ? zero : gomini.runtime.Zero.of(target);
        }
    }

    /** Children: the concatenated strings. */
    public static final class ConcatNode extends ExprNode {
        final ExprNode x;
        final ExprNode y;

        public ConcatNode(ExprNode x, ExprNode y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public Object eval(Frame f) {
            String a = (String) x.eval(f);
            String b = (String) y.eval(f);
            return a.concat(b);
        }
    }

    /** T{...} for a struct: one child per field (zero-value makers for omitted ones). */
    public static final class StructLitNode extends ExprNode {
        final ExprNode[] fields;
        final boolean[] inline;

        public StructLitNode(ExprNode[] fields, boolean[] inline) {
            this.fields = fields;
            this.inline = inline;
        }

        @Override
        public Object eval(Frame f) {
            Object[] fs = new Object[fields.length];
            for (int i = 0; i < fs.length; i++) {
                fs[i] = fields[i].eval(f);
            }
            return new StructValue(fs, inline);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    /** [n]T{...} or []T{...}: elements at their indexes; the rest zero. */
    public static final class ListLitNode extends ExprNode {
        final int length;
        final int[] indexes;
        final ExprNode[] values;
        final Type elem;
        final boolean slice;
        final long elemSize;

        public ListLitNode(int length, int[] indexes, ExprNode[] values, Type elem, boolean slice, long elemSize) {
            this.length = length;
            this.indexes = indexes;
            this.values = values;
            this.elem = elem;
            this.slice = slice;
            this.elemSize = elemSize;
        }

        @Override
        public Object eval(Frame f) {
            Object[] a = new Object[length];
            for (int i = 0; i < values.length; i++) {
                a[indexes[i]] = values[i].eval(f);
            }
            boolean agg = gomini.runtime.Zero.isAggregate(elem);
            if (values.length < length) {
                Object z = agg ? null : gomini.runtime.Zero.of(elem);
                for (int i = 0; i < length; i++) {
                    if (a[i] == null) {
                        a[i] = agg ? gomini.runtime.Zero.of(elem) : z;
                    }
                }
            }
            if (slice) {
                return new SliceValue(a, 0, length, length);
            }
            return new ArrayValue(a, agg);
        }

        @Override
        public boolean fresh() {
            return true;
        }
    }

    public static final class MapLitNode extends ExprNode {
        final ExprNode[] keys;
        final ExprNode[] values;

        public MapLitNode(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            MapValue m = new MapValue(keys.length);
            for (int i = 0; i < keys.length; i++) {
                Object k = keys[i].eval(f);
                m.entries.put(MapValue.key(k), values[i].eval(f));
            }
            return m;
        }
    }

    /** Checks an interface key is hashable before use as a map key. */
    static void checkHashable(Object k) {
        if (k instanceof Iface i && !gomini.types.Types.comparable(i.type())) {
            throw GoPanic.runtimeError("hash of unhashable type " + i.type());
        }
    }

    static Object copy(Object v) {
        return Values.copy(v);
    }

    static GoPanic nil() {
        return Panics.nilDeref();
    }
}
