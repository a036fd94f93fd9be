package gomini.check;

import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Tuple;
import gomini.types.Type;

/**
 * A type as go/types writes it in error messages: names of the package being checked unqualified, other
 * packages by their name (time.Duration, pool.Pool), no spaces inside struct and interface braces.
 */
final class TypeString {
    private TypeString() {}

    /** The name of the package being checked: its types print unqualified (as types2 qualifies them). */
    static final ThreadLocal<String> current = ThreadLocal.withInitial(() -> "main");

    static String of(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Type t) {
        switch (t) {
            case null -> sb.append("<nil>");
            case Basic b -> sb.append(b.name());
            case Named n -> {
                String pkg = n.pkg();
                if (!pkg.isEmpty() && !pkg.equals(current.get())) {
                    sb.append(pkg.substring(pkg.lastIndexOf('/') + 1)).append('.');
                }
                sb.append(n.name());
            }
            case Pointer p -> {
                sb.append('*');
                write(sb, p.elem());
            }
            case Slice s -> {
                sb.append("[]");
                write(sb, s.elem());
            }
            case Array a -> {
                sb.append('[').append(a.len()).append(']');
                write(sb, a.elem());
            }
            case Map m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.elem());
            }
            case Chan c -> {
                sb.append(switch (c.dir()) {
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                    case BOTH -> "chan ";
                });
                boolean paren = c.dir() == Chan.Dir.BOTH && c.elem() instanceof Chan e && e.dir() == Chan.Dir.RECV;
                sb.append(paren ? "(" : "");
                write(sb, c.elem());
                sb.append(paren ? ")" : "");
            }
            case Signature s -> {
                sb.append("func");
                signature(sb, s);
            }
            case Struct s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    Struct.Field f = s.fields().get(i);
                    sb.append(i > 0 ? "; " : "");
                    if (!f.embedded()) {
                        sb.append(f.name()).append(' ');
                    }
                    write(sb, f.type());
                }
                sb.append('}');
            }
            case Interface it -> {
                if (it.isEmpty()) {
                    sb.append("interface{}");
                    return;
                }
                sb.append("interface{");
                for (int i = 0; i < it.methods().size(); i++) {
                    Interface.Method m = it.methods().get(i);
                    sb.append(i > 0 ? "; " : "").append(m.name());
                    signature(sb, m.sig());
                }
                sb.append('}');
            }
            case Tuple tu -> tuple(sb, tu, false);
        }
    }

    static void signature(StringBuilder sb, Signature s) {
        sb.append('(');
        for (int i = 0; i < s.params().size(); i++) {
            sb.append(i > 0 ? ", " : "");
            if (s.variadic() && i == s.params().size() - 1) {
                sb.append("...");
                write(sb, ((Slice) s.params().get(i)).elem());
            } else {
                write(sb, s.params().get(i));
            }
        }
        sb.append(')');
        if (s.results().size() == 1) {
            sb.append(' ');
            write(sb, s.results().get(0));
        } else if (s.results().size() > 1) {
            sb.append(' ');
            tuple(sb, s.results(), false);
        }
    }

    /** (int, string); with numbers, untyped numeric constants print as "number" as in call summaries. */
    static void tuple(StringBuilder sb, Tuple t, boolean numbers) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
            sb.append(i > 0 ? ", " : "");
            Type e = t.get(i);
            if (numbers && e instanceof Basic b && b.isUntyped() && b.isNumeric()) {
                sb.append("number");
            } else {
                write(sb, e);
            }
        }
        sb.append(')');
    }
}
