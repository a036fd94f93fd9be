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

    /** Go prints floats as +d.dddddde+ddd (seven significant digits). */
    public static String floatText(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
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
        buf[n + 5] = (char) (e / 10 % 10 + '0');
        buf[n + 6] = (char) (e % 10 + '0');
        return new String(buf);
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
