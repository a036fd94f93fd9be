package gomini.lib;

import gomini.runtime.GoStrings;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;

/** Calls std package functions as the interpreter would. */
final class LibTestSupport {
    private LibTestSupport() {}

    static final Goroutine G = new Goroutine(1);

    static Object call(String pkg, String name, Object... args) {
        GoPackage p = Registry.lookup(pkg);
        GoPackage.FuncMember f = (GoPackage.FuncMember) p.member(name);
        return f.impl().call(G, args);
    }

    static String go(String javaString) {
        return GoStrings.fromJava(javaString);
    }

    static String java(String goString) {
        return GoStrings.toJava(goString);
    }

    /** What fmt.Sprint(v) prints for a value of static type t. */
    static String show(gomini.types.Type t, Object v) {
        return java(Printer.sprint(G, new Object[] {new Iface(t, v)}));
    }

    static String errString(Object err) {
        return err == null ? "<nil>" : java(ErrorsPackage.errorString(G, err));
    }

    static SliceValue strs(String... s) {
        Object[] a = new Object[s.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = go(s[i]);
        }
        return new SliceValue(a);
    }
}
