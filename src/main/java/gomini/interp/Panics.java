package gomini.interp;

import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.RuntimeError;
import gomini.types.Basic;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Go panics as the interpreter raises, recovers and reports them. */
public final class Panics {
    private Panics() {}

    public static final String NIL_DEREF = "runtime error: invalid memory address or nil pointer dereference";

    /*
     * The dynamic types Go's runtime panics with, as %T prints them; all implement error and
     * runtime.Error. The kind is told by the message, which is fixed per kind in Go's runtime.
     */
    /** Index and slice bounds: {@code runtime.boundsError}. */
    public static final Named BOUNDS_ERROR = runtimeErrorType("boundsError");
    /** Divide by zero, nil dereference, negative shift, makeslice, unhashable keys: {@code runtime.errorString}. */
    public static final Named ERROR_STRING = runtimeErrorType("errorString");
    /** Closed and nil channels, nil map writes, makechan (no "runtime error: " prefix): {@code runtime.plainError}. */
    public static final Named PLAIN_ERROR = runtimeErrorType("plainError");
    /** Failed type assertions: {@code *runtime.TypeAssertionError}, whose methods have pointer receivers. */
    public static final Named TYPE_ASSERTION_ERROR = new Named("runtime", "TypeAssertionError", Types.struct(List.of()));
    private static final Type TYPE_ASSERTION_ERROR_PTR = Types.pointer(TYPE_ASSERTION_ERROR);

    static {
        addErrorMethods(TYPE_ASSERTION_ERROR, true);
    }

    private static Named runtimeErrorType(String name) {
        Named n = new Named("runtime", name, Types.struct(List.of()));
        addErrorMethods(n, false);
        return n;
    }

    /** Error() returns the message; RuntimeError() marks runtime.Error. The value is the RuntimeError itself. */
    private static void addErrorMethods(Named n, boolean pointerRecv) {
        Func error = new Func("Error", Types.signature(List.of(), List.of(Types.STRING), false), pointerRecv);
        error.setImpl((GoFunc) (g, args) -> ((RuntimeError) args[0]).message());
        Func rt = new Func("RuntimeError", Types.signature(List.of(), List.of(), false), pointerRecv);
        rt.setImpl((GoFunc) (g, args) -> null);
        n.methods().add(error);
        n.methods().add(rt);
    }

    /** The dynamic type of a recovered runtime panic. */
    static Type dynamicType(RuntimeError re) {
        String m = re.message();
        if (m.startsWith("runtime error: index out of range") || m.startsWith("runtime error: slice bounds out of range")) {
            return BOUNDS_ERROR;
        }
        if (m.startsWith("interface conversion: ")) {
            return TYPE_ASSERTION_ERROR_PTR;
        }
        return m.startsWith("runtime error: ") ? ERROR_STRING : PLAIN_ERROR;
    }

    public static GoPanic nilDeref() {
        return new GoPanic(new RuntimeError(NIL_DEREF, true));
    }

    static GoPanic nilDerefDuring(GoPanic previous) {
        return new GoPanic(new RuntimeError(NIL_DEREF, true), previous);
    }

    /** What recover() returns for a panic: runtime panics become runtime.Error interface values. */
    public static Object recoverValue(GoPanic p) {
        Object v = p.value();
        if (v instanceof RuntimeError re) {
            return new Iface(dynamicType(re), re);
        }
        return v;
    }

    /** Go's report of an unrecovered panic: the chain of panics, oldest first, each on its own line. */
    public static String report(GoPanic p, Goroutine g) {
        StringBuilder sb = new StringBuilder();
        appendChain(sb, p, g);
        if (p.value() instanceof RuntimeError re && re.message().equals(NIL_DEREF)) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        return sb.toString();
    }

    private static void appendChain(StringBuilder sb, GoPanic p, Goroutine g) {
        if (p.previous() != null) {
            appendChain(sb, p.previous(), g);
            sb.append('\t');
        }
        sb.append("panic: ").append(valueText(p.value(), g));
        if (p.recovered()) {
            sb.append(" [recovered]");
        }
        sb.append('\n');
    }

    /** printpanicval: errors and Stringers by their methods, basic values as print does, others by type. */
    static String valueText(Object v, Goroutine g) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof RuntimeError re) {
            return re.message();
        }
        if (!(v instanceof Iface iv)) {
            return String.valueOf(v);
        }
        Type t = iv.type();
        GoFunc m = MethodSets.find(t, "Error");
        if (m == null) {
            m = MethodSets.find(t, "String");
        }
        if (m != null) {
            try {
                Object s = m.call(g, new Object[] {iv.value()});
                if (s instanceof String str) {
                    return str;
                }
            } catch (GoPanic ignored) {
                // fall through to the plain form
            }
        }
        if (t.underlying() instanceof Basic b) {
            String plain = PrintFormat.basic(iv.value(), b);
            if (t instanceof Named) {
                return b.isString() ? t + "(\"" + plain + "\")" : t + "(" + plain + ")";
            }
            return plain;
        }
        return "(" + t + ") " + PrintFormat.address(iv.value());
    }
}
