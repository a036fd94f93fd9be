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
            // a pointer to a struct is the StructValue itself: compare locations, not contents
            return value == other.value || value != null && !(value instanceof StructValue)
                    && !(value instanceof ArrayValue) && value.equals(other.value);
        }
        return Values.equal(value, other.value);
    }

    @Override
    public int hashCode() {
        if (type.underlying() instanceof gomini.types.Pointer && (value instanceof StructValue || value instanceof ArrayValue)) {
            return System.identityHashCode(type) * 31 + System.identityHashCode(value);
        }
        return System.identityHashCode(type) * 31 + Values.hash(value);
    }

    @Override
    public String toString() {
        return "Iface(" + type + ", " + value + ")";
    }
}
