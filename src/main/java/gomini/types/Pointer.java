package gomini.types;

public record Pointer(Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Pointer p && elem.equals(p.elem);
    }

    @Override
    public int hashCode() {
        return elem.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "*" + elem;
    }
}
