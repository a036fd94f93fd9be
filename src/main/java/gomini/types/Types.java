package gomini.types;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place types are made. Composite types are interned so that identical types are one object;
 * the predeclared types are constants here.
 */
public final class Types {
    private Types() {}

    private static final ConcurrentHashMap<Type, Type> INTERNED = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private static <T extends Type> T intern(T t) {
        return (T) INTERNED.computeIfAbsent(t, k -> k);
    }

    public static final Basic INVALID = new Basic(Basic.Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Basic.Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Basic.Kind.INT, "int");
    public static final Basic INT8 = new Basic(Basic.Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Basic.Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Basic.Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Basic.Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Basic.Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Basic.Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Basic.Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Basic.Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Basic.Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Basic.Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Basic.Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Basic.Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Basic.Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Basic.Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Basic.Kind.STRING, "string");
    public static final Basic UNTYPED_BOOL = new Basic(Basic.Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Basic.Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Basic.Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Basic.Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_STRING = new Basic(Basic.Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Basic.Kind.UNTYPED_NIL, "untyped nil");
    /** byte and rune are aliases: the same objects as uint8 and int32. */
    public static final Basic BYTE = UINT8;
    public static final Basic RUNE = INT32;

    public static final Interface ANY = intern(new Interface(List.of()));
    public static final Tuple EMPTY_TUPLE = intern(new Tuple(List.of()));

    /** The predeclared {@code error}: {@code interface { Error() string }}. */
    public static final Named ERROR = new Named("", "error", null);

    static {
        ERROR.setUnderlying(intern(new Interface(List.of(
                new Interface.Method("Error", signature(List.of(), List.of(STRING), false))))));
    }

    public static Pointer pointer(Type elem) {
        return intern(new Pointer(elem));
    }

    public static Slice slice(Type elem) {
        return intern(new Slice(elem));
    }

    public static Array array(long len, Type elem) {
        return intern(new Array(len, elem));
    }

    public static Map map(Type key, Type elem) {
        return intern(new Map(key, elem));
    }

    public static Chan chan(Chan.Dir dir, Type elem) {
        return intern(new Chan(dir, elem));
    }

    public static Tuple tuple(List<Type> types) {
        return intern(new Tuple(List.copyOf(types)));
    }

    public static Signature signature(List<Type> params, List<Type> results, boolean variadic) {
        return intern(new Signature(tuple(params), tuple(results), variadic));
    }

    public static Struct struct(List<Struct.Field> fields) {
        return intern(new Struct(List.copyOf(fields)));
    }

    /** methods may come in any order and may repeat identical embedded methods; they are sorted and deduplicated. */
    public static Interface iface(List<Interface.Method> methods) {
        List<Interface.Method> sorted = new ArrayList<>();
        for (Interface.Method m : methods) {
            if (!sorted.contains(m)) {
                sorted.add(m);
            }
        }
        // Not Comparator.comparing: the JDK makes that comparator a serializable lambda, whose class the
        // AOT cache cannot hold, so every run would spin it anew (fmt's interfaces need it at start-up).
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return intern(new Interface(List.copyOf(sorted)));
    }

    /** Go's double-quoted form of a string whose chars are bytes (see gomini's byte strings). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Interface;
    }

    /** Whether values of this type can be compared with == (Go spec "Comparison operators"). */
    public static boolean comparable(Type t) {
        return switch (t.underlying()) {
            case Slice s -> false;
            case Map m -> false;
            case Signature s -> false;
            case Struct s -> s.fields().stream().allMatch(f -> comparable(f.type()));
            case Array a -> comparable(a.elem());
            default -> true;
        };
    }
}
