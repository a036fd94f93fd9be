package gomini.types;

import java.util.Objects;

public record Slice(Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Slice s && Objects.equals(elem, s.elem);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(elem) + 2;
    }

    @Override
    public String toString() {
        return "[]" + elem;
    }
}
