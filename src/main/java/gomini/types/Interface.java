package gomini.types;

import java.util.List;
import java.util.Objects;

/**
 * An interface type, by its complete method set (embedded interfaces already flattened in), sorted
 * by name: two interfaces with the same method set are identical. {@code any} is the empty one.
 */
public record Interface(List<Method> methods) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Interface i && Objects.equals(methods, i.methods);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(methods) + 3;
    }

    public record Method(String name, Signature sig) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Method m && Objects.equals(name, m.name) && Objects.equals(sig, m.sig);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Objects.hashCode(sig);
        }
    }

    public Method method(String name) {
        for (Method m : methods) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return methods.isEmpty();
    }

    @Override
    public String toString() {
        if (methods.isEmpty()) {
            return "interface {}";
        }
        StringBuilder sb = new StringBuilder("interface {");
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            sb.append(i == 0 ? " " : "; ").append(m.name()).append(m.sig().toString().substring("func".length()));
        }
        return sb.append(" }").toString();
    }
}
