package gomini.lib;

import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.RuntimeError;
import gomini.types.Basic;
import gomini.types.Named;
import gomini.types.Type;
import gomini.types.Types;

/**
 * How the Go runtime itself prints values: the print/println builtins and the value of an unrecovered
 * panic ({@code panic: ...}). Unlike fmt, floats print as {@code +1.500000e+000}.
 */
public final class BuiltinPrint {
    private BuiltinPrint() {}

    /** The runtime's printfloat. */
    public static String floatString(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        final int n = 7;
        char[] buf = new char[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (char) (e / 100 + '0');
        buf[n + 5] = (char) ((e / 10) % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }

    /** print(v) for a value of static type t (bools, numbers, strings; references as addresses). */
    public static String value(Type t, Object v) {
        if (t.underlying() instanceof Basic b) {
            if (b.isBoolean()) {
                return v.toString();
            }
            if (b.isFloat()) {
                return floatString((Double) v);
            }
            if (b.isInteger()) {
                return b.isUnsigned() ? Long.toUnsignedString((Long) v) : v.toString();
            }
            if (b.isString()) {
                return (String) v;
            }
            if (b.kind() == Basic.Kind.UNTYPED_NIL) {
                return "nil";
            }
        }
        if (t.underlying() instanceof gomini.types.Interface) {
            Iface iv = (Iface) v;
            return "(" + (iv == null ? "0x0" : hex(Printer.address(iv.type()))) + "," + hex(iv == null ? 0
                    : Printer.address(iv.value())) + ")";
        }
        return hex(Printer.address(v));
    }

    private static String hex(long a) {
        return "0x" + Long.toHexString(a);
    }

    /**
     * What follows {@code panic: } for a panic value: Error() for errors, String() for Stringers, the
     * value for basic types, {@code main.T(5)} for named basic types, {@code (main.T) 0xc...} otherwise.
     * Returns a Go byte-string. The caller appends " [recovered]" and the goroutine trace.
     */
    public static String panicValue(Goroutine g, Object v) {
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
        for (String m : new String[] {"Error", "String"}) {
            Methods.Method mm = Methods.find(t, m);
            if (mm != null && mm.sig().params().size() == 0 && mm.sig().results().size() == 1
                    && mm.sig().results().get(0) == Types.STRING) {
                return (String) mm.call().call(g, new Object[] {iv.value()});
            }
        }
        if (t.underlying() instanceof Basic b) {
            String s = value(t, iv.value());
            if (!(t instanceof Named)) {
                return s;
            }
            if (b.isString()) {
                return t + "(\"" + s + "\")";
            }
            return t + "(" + s + ")";
        }
        return "(" + t + ") " + hex(Printer.address(iv.value()));
    }
}
