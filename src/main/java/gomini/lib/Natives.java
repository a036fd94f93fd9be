package gomini.lib;

import gomini.runtime.GoPanic;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Small helpers shared by the Java implementations of std packages. */
final class Natives {
    private Natives() {}

    static Signature sig(List<Type> params, List<Type> results) {
        return Types.signature(params, results, false);
    }

    /** A variadic signature: the last param is given as its element type (any for ...any). */
    static Signature variadic(List<Type> params, Type last, List<Type> results) {
        List<Type> ps = new java.util.ArrayList<>(params);
        ps.add(Types.slice(last));
        return Types.signature(ps, results, true);
    }

    static List<Type> intError() {
        return List.of(Types.INT, Types.ERROR);
    }

    /** Adds a method to a Named type built by a std package. */
    static void method(Named n, String name, Signature sig, boolean pointerRecv, gomini.runtime.GoFunc impl) {
        Func f = new Func(name, sig, pointerRecv);
        f.setImpl(impl);
        n.methods().add(f);
    }

    static Object[] results(Object... vs) {
        return vs;
    }

    static long i(Object v) {
        return (Long) v;
    }

    static String s(Object v) {
        return (String) v;
    }

    /** A []byte's contents as a Go byte-string. */
    static String bytes(Object slice) {
        return Printer.bytesToString((SliceValue) slice);
    }

    /** A new []byte holding s's bytes. */
    static SliceValue byteSlice(String s) {
        Object[] a = new Object[s.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (long) s.charAt(i);
        }
        return new SliceValue(a);
    }

    static SliceValue slice(List<?> elems) {
        return new SliceValue(elems.toArray());
    }

    static Object[] elems(Object slice) {
        return Printer.elems(slice);
    }

    /** panic(s) with a string value, as a Go library would. */
    static GoPanic panicString(String s) {
        return new GoPanic(new Iface(Types.STRING, s));
    }

    /** panic(err) with an error value. */
    static GoPanic panicError(Iface err) {
        return new GoPanic(err);
    }
}
