package gomini.types;

public record Array(long len, Type elem) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Array a && len == a.len && elem.equals(a.elem);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(len) + elem.hashCode();
    }

    @Override
    public String toString() {
        return "[" + len + "]" + elem;
    }
}
