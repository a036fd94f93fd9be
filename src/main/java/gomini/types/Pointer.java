package gomini.types;

import java.util.Objects;

public record Pointer(Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Pointer p && Objects.equals(elem, p.elem);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(elem) + 1;
    }

    @Override
    public String toString() {
        return "*" + elem;
    }
}
