package gomini.runtime;

/** {@code &s.f} for a field of non-struct, non-array type. */
public record FieldPointer(StructValue struct, int index) implements Pointer {
    @Override
    public Object load() {
        return struct.fields[index];
    }

    @Override
    public void store(Object v) {
        struct.fields[index] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPointer p && p.struct == struct && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(struct) * 31 + index;
    }
}
