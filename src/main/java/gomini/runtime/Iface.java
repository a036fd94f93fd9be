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
        return o instanceof Iface other && other.type == type && Values.equal(value, other.value);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(type) * 31 + Values.hash(value);
    }

    @Override
    public String toString() {
        return "Iface(" + type + ", " + value + ")";
    }
}
