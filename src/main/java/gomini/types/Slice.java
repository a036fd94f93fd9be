package gomini.types;

public record Slice(Type elem) implements Type {
    @Override
    public String toString() {
        return "[]" + elem;
    }
}
