package gomini.types;

public record Map(Type key, Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Map m && key.equals(m.key) && elem.equals(m.elem);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + elem.hashCode();
    }

    @Override
    public String toString() {
        return "map[" + key + "]" + elem;
    }
}
