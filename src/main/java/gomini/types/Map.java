package gomini.types;

import java.util.Objects;

public record Map(Type key, Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Map m && Objects.equals(key, m.key) && Objects.equals(elem, m.elem);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(key) + Objects.hashCode(elem);
    }

    @Override
    public String toString() {
        return "map[" + key + "]" + elem;
    }
}
