package gomini.lib;

import gomini.runtime.GoPanic;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Basic;
import gomini.types.Struct;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Small helpers shared by the Java implementations of std packages. */
final class Natives {
    private Natives() {}

    /**
     * The type of a hidden struct field that holds a Java object (a runtime Mutex, a GoTimer): an
     * unsafe.Pointer-like basic type, so its zero value is nil (null), copies share the object, == compares
     * identity and fmt prints an address. Package types name such fields in lower case: Go code cannot
     * reach them.
     */
    static final Basic HIDDEN = new Basic(Basic.Kind.UNSAFE_POINTER, "unsafe.Pointer");

    private static final VarHandle FIELDS = MethodHandles.arrayElementVarHandle(Object[].class);

    /** A struct field declaration for a package's struct type. */
    static Struct.Field field(String name, Type type) {
        return new Struct.Field(name, type, false, null);
    }

    /**
     * The Java object in hidden field i of the struct p points to, made on first use: Go's zero values
     * (a {@code var mu sync.Mutex}) must work without a constructor. Creation is a compare-and-set on
     * the field, so two goroutines racing on a fresh zero value agree on one object.
     */
    @SuppressWarnings("unchecked")
    static <T> T state(Object p, int i, Supplier<T> make) {
        if (p == null) {
            throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        Object[] fs = ((StructValue) p).fields;
        Object cur = FIELDS.getAcquire(fs, i);
        if (cur != null) {
            return (T) cur;
        }
        T fresh = make.get();
        Object witness = FIELDS.compareAndExchangeRelease(fs, i, (Object) null, (Object) fresh);
        return witness == null ? fresh : (T) witness;
    }

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
