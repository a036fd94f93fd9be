package gomini.types;

public record Array(long len, Type elem) implements Type {
    @Override
    public String toString() {
        return "[" + len + "]" + elem;
    }
}
