package gomini.runtime;

import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Struct;
import gomini.types.Type;
import java.util.concurrent.ConcurrentHashMap;

/** Zero values per type, in the representation of {@code package-info}. */
public final class Zero {
    private Zero() {}

    private static final Long ZERO_LONG = 0L;
    private static final Double ZERO_DOUBLE = 0.0;
    private static final ConcurrentHashMap<Struct, boolean[]> INLINE = new ConcurrentHashMap<>();

    /** The zero value of t: a fresh StructValue/ArrayValue each time for structs and arrays. */
    public static Object of(Type t) {
        return switch (t.underlying()) {
            case Basic b -> basic(b);
            case Struct s -> {
                Object[] fs = new Object[s.fields().size()];
                for (int i = 0; i < fs.length; i++) {
                    fs[i] = of(s.fields().get(i).type());
                }
                yield new StructValue(fs, inlineMask(s));
            }
            case Array a -> {
                Object[] es = new Object[(int) a.len()];
                boolean inline = isAggregate(a.elem());
                if (inline) {
                    for (int i = 0; i < es.length; i++) {
                        es[i] = of(a.elem());
                    }
                } else {
                    java.util.Arrays.fill(es, of(a.elem()));
                }
                yield new ArrayValue(es, inline);
            }
            default -> null;
        };
    }

    /** Which fields of s hold structs or arrays by value (null when none does). */
    public static boolean[] inlineMask(Struct s) {
        boolean[] m = INLINE.get(s);
        if (m == null) {
            m = new boolean[s.fields().size()];
            boolean any = false;
            for (int i = 0; i < m.length; i++) {
                m[i] = isAggregate(s.fields().get(i).type());
                any |= m[i];
            }
            if (!any) {
                m = new boolean[0];
            }
            INLINE.put(s, m);
        }
        return m.length == 0 ? null : m;
    }

    private static Object basic(Basic b) {
        if (b.isInteger()) {
            return ZERO_LONG;
        }
        if (b.isFloat()) {
            return ZERO_DOUBLE;
        }
        if (b.isString()) {
            return "";
        }
        if (b.isBoolean()) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether values of t are structs or arrays, held by value (so copied on assignment). */
    public static boolean isAggregate(Type t) {
        Type u = t.underlying();
        return u instanceof Struct || u instanceof Array;
    }
}
