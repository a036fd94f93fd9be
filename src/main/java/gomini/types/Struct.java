package gomini.types;

import java.util.List;

/** A struct type; fields in declaration order (an embedded field's name is its type's name). */
public record Struct(List<Field> fields) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Struct s && fields.equals(s.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() + 4;
    }

    public record Field(String name, Type type, boolean embedded, String tag) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && embedded == f.embedded && name.equals(f.name) && type.equals(f.type)
                    && java.util.Objects.equals(tag, f.tag);
        }

        @Override
        public int hashCode() {
            return (31 * name.hashCode() + type.hashCode()) * 31 + java.util.Objects.hashCode(tag);
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
