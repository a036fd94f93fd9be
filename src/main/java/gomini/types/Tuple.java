package gomini.types;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The types of a parameter or result list, or of a multi-valued expression. */
public record Tuple(List<Type> types) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Tuple t && Objects.equals(types, t.types);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(types);
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
