package gomini.types;

import java.util.List;
import java.util.Objects;

/** A struct type; fields in declaration order (an embedded field's name is its type's name). */
public record Struct(List<Field> fields) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Struct s && Objects.equals(fields, s.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(fields) + 4;
    }

    public record Field(String name, Type type, boolean embedded, String tag) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && embedded == f.embedded && Objects.equals(name, f.name)
                    && Objects.equals(type, f.type) && Objects.equals(tag, f.tag);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(name) + Objects.hashCode(type)) * 31 + Objects.hashCode(tag);
        }
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("struct {");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            sb.append(i == 0 ? " " : "; ");
            if (!f.embedded()) {
                sb.append(f.name()).append(' ');
            }
            sb.append(f.type());
            if (f.tag() != null) {
                sb.append(' ').append(Types.quote(f.tag()));
            }
        }
        return sb.append(fields.isEmpty() ? "}" : " }").toString();
    }
}
