package gomini.runtime;

/**
 * A non-nil slice: a window [offset, offset+len) of a shared backing array with capacity cap (a nil
 * slice is Java null). Slices are immutable descriptors; elements are stored in the shared array.
 */
public final class SliceValue {
    public final Object[] array;
    public final int offset;
    public final int len;
    public final int cap;

    public SliceValue(Object[] array, int offset, int len, int cap) {
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.cap = cap;
    }

    public SliceValue(Object[] array) {
        this(array, 0, array.length, array.length);
    }

    public Object get(int i) {
        return array[offset + i];
    }

    public void set(int i, Object v) {
        array[offset + i] = v;
    }
}
