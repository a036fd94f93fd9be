package gomini.lib;

import gomini.runtime.ArrayValue;
import gomini.runtime.Iface;
import gomini.runtime.StructValue;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Interface;
import gomini.types.Struct;
import gomini.types.Type;

/** The order in which fmt prints map keys (Go's internal/fmtsort). */
final class MapOrder {
    private MapOrder() {}

    static int compare(Type t, Object a, Object b) {
        Type u = t.underlying();
        switch (u) {
            case Basic bt -> {
                if (bt.isInteger()) {
                    long x = (Long) a;
                    long y = (Long) b;
                    return bt.isUnsigned() ? Long.compareUnsigned(x, y) : Long.compare(x, y);
                }
                if (bt.isString()) {
                    return ((String) a).compareTo((String) b);
                }
                if (bt.isFloat()) {
                    double x = (Double) a;
                    double y = (Double) b;
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : -1) : 1;
                    }
                    return Double.compare(x, y) == 0 || x == y ? 0 : (x < y ? -1 : 1);
                }
                if (bt.isBoolean()) {
                    return Boolean.compare((Boolean) a, (Boolean) b);
                }
                return 0;
            }
            case Struct st -> {
                StructValue x = (StructValue) a;
                StructValue y = (StructValue) b;
                for (int i = 0; i < st.fields().size(); i++) {
                    int c = compare(st.fields().get(i).type(), x.fields[i], y.fields[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Array arr -> {
                ArrayValue x = (ArrayValue) a;
                ArrayValue y = (ArrayValue) b;
                for (int i = 0; i < x.elems.length; i++) {
                    int c = compare(arr.elem(), x.elems[i], y.elems[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Interface in -> {
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : -1) : 1;
                }
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                if (x.type() != y.type()) {
                    return x.type().toString().compareTo(y.type().toString());
                }
                return compare(x.type(), x.value(), y.value());
            }
            default -> {
                return Long.compare(Printer.address(a), Printer.address(b));
            }
        }
    }
}
