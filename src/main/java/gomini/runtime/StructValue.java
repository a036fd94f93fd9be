package gomini.runtime;

import java.util.Arrays;

/**
 * A Go struct. Structs are values: a location of struct type (variable, field, element) owns its
 * StructValue, assignment copies into it, and a pointer to a struct is the StructValue itself, so
 * {@code p.x} through a pointer costs no indirection. Equality is field-wise (Go's ==), which is also
 * what map keys need.
 */
public final class StructValue {
    public final Object[] fields;

    public StructValue(Object[] fields) {
        this.fields = fields;
    }

    public StructValue copy() {
        Object[] c = new Object[fields.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Values.copy(fields[i]);
        }
        return new StructValue(c);
    }

    public void copyFrom(StructValue other) {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = Values.copy(other.fields[i]);
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
