package gomini.types;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A function type. Parameter names are not part of it (they live in the declaration). When variadic,
 * the last parameter's type is the slice type {@code []T}. The receiver is not part of a method's
 * signature.
 */
public record Signature(Tuple params, Tuple results, boolean variadic) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && variadic == s.variadic && Objects.equals(params, s.params) && Objects.equals(results, s.results);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(params) + Objects.hashCode(results)) * 2 + (variadic ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("func(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((Slice) params.get(i)).elem());
            } else {
                sb.append(params.get(i));
            }
        }
        sb.append(")");
        if (results.size() == 1) {
            sb.append(" ").append(results.get(0));
        } else if (results.size() > 1) {
            sb.append(" ").append(results.types().stream().map(Type::toString).collect(Collectors.joining(", ", "(", ")")));
        }
        return sb.toString();
    }
}
