package gomini.types;

import java.util.Objects;

public record Array(long len, Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Array a && len == a.len && Objects.equals(elem, a.elem);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(len) + Objects.hashCode(elem);
    }

    @Override
    public String toString() {
        return "[" + len + "]" + elem;
    }
}
