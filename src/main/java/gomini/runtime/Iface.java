package gomini.runtime;

import gomini.types.Type;

/**
 * A non-nil interface value: the dynamic type and the value (a nil interface is Java null). Equality
 * is Go's: identical dynamic types and equal values (the caller panics first if the type is not
 * comparable).
 */
public record Iface(Type type, Object value) {
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Iface other) || other.type != type) {
            return false;
        }
        if (type.underlying() instanceof gomini.types.Pointer) {
            // A *T to a struct or array is the StructValue/ArrayValue itself: compare the pointer, not the contents.
            return value == other.value || (value instanceof Pointer && value.equals(other.value));
        }
        return Values.equal(value, other.value);
    }

    @Override
    public int hashCode() {
        int h = type.underlying() instanceof gomini.types.Pointer && !(value instanceof Pointer)
                ? System.identityHashCode(value) : Values.hash(value);
        return System.identityHashCode(type) * 31 + h;
    }

    @Override
    public String toString() {
        return "Iface(" + type + ", " + value + ")";
    }
}
