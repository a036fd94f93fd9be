package gomini.repl;

import gomini.check.Session;
import gomini.lib.GoPackage;
import gomini.lib.Registry;
import gomini.runtime.GoFunc;
import gomini.runtime.GoStrings;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Signature;
import gomini.types.Tuple;
import gomini.types.Type;

/**
 * How the session shows an expression's value: fmt's {@code %v} (so String and Error methods apply),
 * several results separated by spaces. Channels and funcs, whose {@code %v} is a bare address, are
 * prefixed with their type: {@code (chan int) 0xc000012000}.
 */
final class Values {
    private Values() {}

    /** Formats v (of static type t; an Object[] when t is a Tuple) on goroutine g, which runs String methods. */
    static String show(Goroutine g, Object v, Type t) {
        if (t instanceof Tuple tt) {
            Object[] vs = (Object[]) v;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tt.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(one(g, vs[i], tt.get(i)));
            }
            return sb.toString();
        }
        return one(g, v, t);
    }

    private static String one(Goroutine g, Object v, Type t) {
        Object iface = t.underlying() instanceof Interface ? v : new Iface(t, v);
        GoFunc sprint = ((GoPackage.FuncMember) Registry.lookup("fmt").member("Sprint")).impl();
        String s = GoStrings.toJava((String) sprint.call(g, new Object[] {new SliceValue(new Object[] {iface})}));
        if (t.underlying() instanceof Chan || t.underlying() instanceof Signature) {
            return "(" + Session.typeString(t) + ") " + s;
        }
        return s;
    }
}
