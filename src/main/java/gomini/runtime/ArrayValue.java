package gomini.runtime;

import java.util.Arrays;

/**
 * A Go array. Arrays are values: a location of array type owns its ArrayValue, assignment copies
 * into it, and a pointer to an array variable is the ArrayValue itself.
 */
public final class ArrayValue {
    public final Object[] elems;

    public ArrayValue(Object[] elems) {
        this.elems = elems;
    }

    /** A deep copy: nested arrays and structs are values too. */
    public ArrayValue copy() {
        Object[] c = new Object[elems.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Values.copy(elems[i]);
        }
        return new ArrayValue(c);
    }

    public void copyFrom(ArrayValue other) {
        for (int i = 0; i < elems.length; i++) {
            elems[i] = Values.copy(other.elems[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayValue other) || other.elems.length != elems.length) {
            return false;
        }
        for (int i = 0; i < elems.length; i++) {
            if (!Values.equal(elems[i], other.elems[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object e : elems) {
            h = h * 31 + Values.hash(e);
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(elems);
    }
}
