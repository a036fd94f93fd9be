package gomini.types;

public record Slice(Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Slice s && elem.equals(s.elem);
    }

    @Override
    public int hashCode() {
        return elem.hashCode() + 2;
    }

    @Override
    public String toString() {
        return "[]" + elem;
    }
}
