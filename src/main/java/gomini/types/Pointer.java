package gomini.types;

public record Pointer(Type elem) implements Type {
    @Override
    public String toString() {
        return "*" + elem;
    }
}
