package gomini.runtime;

import java.util.Arrays;

/**
 * A Go struct. Structs are values: a location of struct type (variable, field, element) owns its
 * StructValue, assignment copies into it, and a pointer to a struct is the StructValue itself, so
 * {@code p.x} through a pointer costs no indirection. Equality is field-wise (Go's ==), which is also
 * what map keys need.
 *
 * <p>Because a pointer to a struct and a struct look the same, copying needs to know which fields hold
 * struct or array values inline (copied along) rather than pointers (shared): {@code inline} says so
 * per field (null: no field is an inline struct or array).
 */
public final class StructValue {
    public final Object[] fields;
    public final boolean[] inline;

    public StructValue(Object[] fields, boolean[] inline) {
        this.fields = fields;
        this.inline = inline;
    }

    public StructValue(Object[] fields) {
        this(fields, null);
    }

    public StructValue copy() {
        Object[] c = fields.clone();
        if (inline != null) {
            for (int i = 0; i < c.length; i++) {
                if (inline[i]) {
                    c[i] = Values.copy(c[i]);
                }
            }
        }
        return new StructValue(c, inline);
    }

    /** Copies other's contents into this location; inline structs and arrays are copied into in place. */
    public void copyFrom(StructValue other) {
        if (other == this) {
            return;
        }
        for (int i = 0; i < fields.length; i++) {
            Object v = other.fields[i];
            if (inline != null && inline[i]) {
                Values.copyInto(fields[i], v);
            } else {
                fields[i] = v;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructValue other) || other.fields.length != fields.length) {
            return false;
        }
        for (int i = 0; i < fields.length; i++) {
            if (!Values.equal(fields[i], other.fields[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 7;
        for (Object f : fields) {
            h = h * 31 + Values.hash(f);
        }
        return h;
    }

    @Override
    public String toString() {
        return "struct" + Arrays.toString(fields);
    }
}
