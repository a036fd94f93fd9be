package gomini.runtime;

/** Operations every Go value supports, whatever its type. */
public final class Values {
    private Values() {}

    /**
     * The value to store into a new location, for a value whose STATIC type is a struct or array (a
     * pointer to a struct is also a StructValue: never pass one here, it must stay shared).
     */
    public static Object copy(Object v) {
        if (v instanceof StructValue s) {
            return s.copy();
        }
        if (v instanceof ArrayValue a) {
            return a.copy();
        }
        return v;
    }

    /** Copies an aggregate value into the aggregate location dst (which owns its object). */
    public static void copyInto(Object dst, Object src) {
        if (dst instanceof StructValue d) {
            d.copyFrom((StructValue) src);
        } else {
            ((ArrayValue) dst).copyFrom((ArrayValue) src);
        }
    }

    /**
     * Go's == on two values of the same comparable type. Numbers compare by value (NaN != NaN,
     * -0.0 == 0.0); pointers, channels, and other references by identity, except element and field
     * pointers, which compare by location.
     */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Long || a instanceof String || a instanceof Boolean || a instanceof Iface
                || a instanceof StructValue || a instanceof ArrayValue || a instanceof ElemPointer
                || a instanceof FieldPointer) {
            return a.equals(b);
        }
        return false;
    }

    public static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        if (v instanceof Long || v instanceof String || v instanceof Boolean || v instanceof Iface
                || v instanceof StructValue || v instanceof ArrayValue || v instanceof ElemPointer
                || v instanceof FieldPointer) {
            return v.hashCode();
        }
        return System.identityHashCode(v);
    }
}
