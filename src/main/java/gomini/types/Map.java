package gomini.types;

public record Map(Type key, Type elem) implements Type {
    @Override
    public String toString() {
        return "map[" + key + "]" + elem;
    }
}
