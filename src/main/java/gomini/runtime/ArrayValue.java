package gomini.runtime;

import java.util.Arrays;

/**
 * A Go array. Arrays are values: a location of array type owns its ArrayValue, assignment copies
 * into it, and a pointer to an array variable is the ArrayValue itself. inline tells whether the
 * elements are structs or arrays held by value (copied along), as opposed to pointers.
 */
public final class ArrayValue {
    public final Object[] elems;
    public final boolean inline;

    public ArrayValue(Object[] elems, boolean inline) {
        this.elems = elems;
        this.inline = inline;
    }

    public ArrayValue(Object[] elems) {
        this(elems, false);
    }

    public ArrayValue copy() {
        Object[] c = elems.clone();
        if (inline) {
            for (int i = 0; i < c.length; i++) {
                c[i] = Values.copy(c[i]);
            }
        }
        return new ArrayValue(c, inline);
    }

    public void copyFrom(ArrayValue other) {
        if (other == this) {
            return;
        }
        for (int i = 0; i < elems.length; i++) {
            if (inline) {
                Values.copyInto(elems[i], other.elems[i]);
            } else {
                elems[i] = other.elems[i];
            }
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
