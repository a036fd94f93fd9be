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

    /** The dynamic type of recovered runtime panics: implements error and runtime.Error. */
    public static final Named RUNTIME_ERROR = new Named("runtime", "Error", Types.struct(List.of()));

    static {
        Func error = new Func("Error", Types.signature(List.of(), List.of(Types.STRING), false), false);
        error.setImpl((GoFunc) (g, args) -> ((RuntimeError) args[0]).message());
        Func rt = new Func("RuntimeError", Types.signature(List.of(), List.of(), false), false);
        rt.setImpl((GoFunc) (g, args) -> null);
        RUNTIME_ERROR.methods().add(error);
        RUNTIME_ERROR.methods().add(rt);
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
            return new Iface(RUNTIME_ERROR, re);
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
