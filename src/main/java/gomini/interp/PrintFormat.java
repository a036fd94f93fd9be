package gomini.interp;

import gomini.runtime.Iface;
import gomini.types.Basic;

/** How Go's built-in print/println and panic reports format values (runtime/print.go). */
public final class PrintFormat {
    private PrintFormat() {}

    public static String basic(Object v, Basic b) {
        if (b.isFloat()) {
            return floatText((Double) v);
        }
        if (b.isUnsigned()) {
            return Long.toUnsignedString((Long) v);
        }
        return String.valueOf(v);
    }

    /** Go prints floats as +d.dddddde+ddd (seven significant digits); the runtime's format lives in lib. */
    public static String floatText(double v) {
        return gomini.lib.BuiltinPrint.floatString(v);
    }

    /** A stand-in for a machine address: stable per object, 0x0 for nil. */
    public static String address(Object v) {
        if (v == null) {
            return "0x0";
        }
        return "0xc000" + String.format("%06x", System.identityHashCode(v) & 0xffffff);
    }

    /** print of a value whose static type is an interface: (type,value) addresses as Go prints eface. */
    public static String iface(Object v) {
        if (v == null) {
            return "(0x0,0x0)";
        }
        Iface i = (Iface) v;
        return "(" + address(i.type()) + "," + address(i.value()) + ")";
    }
}
