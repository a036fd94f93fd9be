package gomini.lib;

import gomini.runtime.ArrayValue;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.Pointer;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Package errors: New, Is, As, Unwrap, Join. */
public final class ErrorsPackage {
    private ErrorsPackage() {}

    /** errors.errorString: struct { s string } with func (*errorString) Error() string. */
    static final Named ERROR_STRING = new Named("errors", "errorString",
            Types.struct(List.of(new Struct.Field("s", Types.STRING, false, null))));
    static final Type ERROR_STRING_PTR = Types.pointer(ERROR_STRING);

    /** errors.joinError: struct { errs []error }. */
    static final Named JOIN_ERROR = new Named("errors", "joinError",
            Types.struct(List.of(new Struct.Field("errs", Types.slice(Types.ERROR), false, null))));

    static {
        Natives.method(ERROR_STRING, "Error", Natives.sig(List.of(), List.of(Types.STRING)), true,
                (g, a) -> ((StructValue) a[0]).fields[0]);
        Natives.method(JOIN_ERROR, "Error", Natives.sig(List.of(), List.of(Types.STRING)), true, (g, a) -> {
            StringBuilder sb = new StringBuilder();
            for (Object e : Natives.elems(((StructValue) a[0]).fields[0])) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(errorString(g, e));
            }
            return sb.toString();
        });
        Natives.method(JOIN_ERROR, "Unwrap", Natives.sig(List.of(), List.of(Types.slice(Types.ERROR))), true,
                (g, a) -> ((StructValue) a[0]).fields[0]);
    }

    /** A new error value as errors.New(msg) makes it (a fresh pointer each time). */
    public static Iface newError(String msg) {
        return new Iface(ERROR_STRING_PTR, new StructValue(new Object[] {msg}));
    }

    /** err.Error() for a non-nil error interface value. */
    public static String errorString(Goroutine g, Object err) {
        Iface e = (Iface) err;
        return (String) Methods.lookup(e.type(), "Error").call(g, new Object[] {e.value()});
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("errors");
        p.func("New", Natives.sig(List.of(Types.STRING), List.of(Types.ERROR)), (g, a) -> newError((String) a[0]));
        p.func("Unwrap", Natives.sig(List.of(Types.ERROR), List.of(Types.ERROR)), (g, a) -> unwrapOne(g, a[0]));
        p.func("Is", Natives.sig(List.of(Types.ERROR, Types.ERROR), List.of(Types.BOOL)),
                (g, a) -> is(g, a[0], a[1]));
        p.func("As", Natives.sig(List.of(Types.ERROR, Types.ANY), List.of(Types.BOOL)), (g, a) -> as(g, a[0], a[1]));
        p.func("Join", Natives.variadic(List.of(), Types.ERROR, List.of(Types.ERROR)), (g, a) -> {
            List<Object> errs = new ArrayList<>();
            for (Object e : Natives.elems(a[0])) {
                if (e != null) {
                    errs.add(e);
                }
            }
            if (errs.isEmpty()) {
                return null;
            }
            return new Iface(Types.pointer(JOIN_ERROR), new StructValue(new Object[] {Natives.slice(errs)}));
        });
        return p;
    }

    /** The single error err wraps (Unwrap() error), or null. */
    static Object unwrapOne(Goroutine g, Object err) {
        if (!(err instanceof Iface e)) {
            return null;
        }
        Methods.Method m = Methods.find(e.type(), "Unwrap");
        if (m == null || m.sig().params().size() != 0 || m.sig().results().size() != 1
                || m.sig().results().get(0) != Types.ERROR) {
            return null;
        }
        return m.call().call(g, new Object[] {e.value()});
    }

    /** The errors err wraps: one for Unwrap() error, several for Unwrap() []error. */
    private static List<Object> unwrapAll(Goroutine g, Iface e) {
        Methods.Method m = Methods.find(e.type(), "Unwrap");
        if (m == null || m.sig().params().size() != 0 || m.sig().results().size() != 1) {
            return List.of();
        }
        Object r = m.call().call(g, new Object[] {e.value()});
        if (m.sig().results().get(0) == Types.ERROR) {
            return r == null ? List.of() : List.of(r);
        }
        if (m.sig().results().get(0) == Types.slice(Types.ERROR)) {
            List<Object> out = new ArrayList<>();
            for (Object x : Natives.elems(r)) {
                if (x != null) {
                    out.add(x);
                }
            }
            return out;
        }
        return List.of();
    }

    static boolean is(Goroutine g, Object err, Object target) {
        if (err == null || target == null) {
            return err == target;
        }
        Iface t = (Iface) target;
        boolean comparable = Types.comparable(t.type());
        return isRec(g, (Iface) err, t, comparable);
    }

    private static boolean isRec(Goroutine g, Iface err, Iface target, boolean comparable) {
        if (comparable && sameValue(err, target)) {
            return true;
        }
        Methods.Method m = Methods.find(err.type(), "Is");
        if (m != null && m.sig().params().size() == 1 && m.sig().results().size() == 1) {
            if (Boolean.TRUE.equals(m.call().call(g, new Object[] {err.value(), target}))) {
                return true;
            }
        }
        for (Object w : unwrapAll(g, err)) {
            if (isRec(g, (Iface) w, target, comparable)) {
                return true;
            }
        }
        return false;
    }

    /** err == target on interface values: pointers compare by identity. */
    static boolean sameValue(Iface a, Iface b) {
        if (a.type() != b.type()) {
            return false;
        }
        if (a.type().underlying() instanceof gomini.types.Pointer) {
            return a.value() == b.value() || (a.value() instanceof Pointer && a.value().equals(b.value()));
        }
        if (!Types.comparable(a.type())) {
            return false;
        }
        return Values.equal(a.value(), b.value());
    }

    static boolean as(Goroutine g, Object err, Object target) {
        if (!(target instanceof Iface t) || !(t.type().underlying() instanceof gomini.types.Pointer pt)
                || t.value() == null) {
            throw Natives.panicString("errors: target must be a non-nil pointer");
        }
        Type elem = pt.elem();
        if (!(elem.underlying() instanceof Interface) && !Methods.implementsIface(elem,
                (Interface) Types.ERROR.underlying())) {
            throw Natives.panicString("errors: *target must be interface or implement error");
        }
        return asRec(g, err, elem, t.value());
    }

    private static boolean asRec(Goroutine g, Object err, Type elem, Object targetPtr) {
        if (!(err instanceof Iface e)) {
            return false;
        }
        if (elem.underlying() instanceof Interface in) {
            if (Methods.implementsIface(e.type(), in)) {
                store(targetPtr, e);
                return true;
            }
        } else if (e.type() == elem) {
            store(targetPtr, Values.copy(e.value()));
            return true;
        }
        Methods.Method m = Methods.find(e.type(), "As");
        if (m != null && m.sig().params().size() == 1 && m.sig().results().size() == 1) {
            Iface tgt = new Iface(Types.pointer(elem), targetPtr);
            if (Boolean.TRUE.equals(m.call().call(g, new Object[] {e.value(), tgt}))) {
                return true;
            }
        }
        for (Object w : unwrapAll(g, e)) {
            if (asRec(g, w, elem, targetPtr)) {
                return true;
            }
        }
        return false;
    }

    /** *p = v, where p is a pointer in gomini's representation. */
    static void store(Object p, Object v) {
        if (p instanceof Pointer ptr) {
            ptr.store(v);
        } else if (p instanceof StructValue s) {
            s.copyFrom((StructValue) v);
        } else if (p instanceof ArrayValue arr) {
            arr.copyFrom((ArrayValue) v);
        }
    }

    /** Whether an interface value's dynamic type implements error. */
    static boolean isError(Iface v) {
        return Methods.implementsIface(v.type(), (Interface) Types.ERROR.underlying());
    }
}
