package gomini.types;

import java.util.List;
import java.util.stream.Collectors;

/** The types of a parameter or result list, or of a multi-valued expression. */
public record Tuple(List<Type> types) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Tuple t && types.equals(t.types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    public int size() {
        return types.size();
    }

    public Type get(int i) {
        return types.get(i);
    }

    @Override
    public String toString() {
        return types.stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
