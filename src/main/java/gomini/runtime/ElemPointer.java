package gomini.runtime;

/** {@code &a[i]} for an element of a slice's backing array or of an array. */
public record ElemPointer(Object[] array, int index) implements Pointer {
    @Override
    public Object load() {
        return array[index];
    }

    @Override
    public void store(Object v) {
        array[index] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElemPointer p && p.array == array && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + index;
    }
}
