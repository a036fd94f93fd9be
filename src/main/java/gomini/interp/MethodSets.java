package gomini.interp;

import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.Iface;
import gomini.runtime.Pointer;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.types.Func;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finding a method by name on a dynamic type (for interface method calls and for printing): returns a
 * GoFunc whose args[0] is a value of that dynamic type, adjusting the receiver (deref, copy, promotion
 * through embedded fields) to what the method's implementation expects.
 */
public final class MethodSets {
    private MethodSets() {}

    private static final GoFunc MISSING = (g, a) -> null;
    private static final ConcurrentHashMap<Type, ConcurrentHashMap<String, GoFunc>> CACHE = new ConcurrentHashMap<>();

    /** Forgets cached method sets (a REPL session added or replaced methods); see runtime.Methods.clearCache. */
    static void clearCache() {
        CACHE.clear();
        gomini.runtime.Methods.clearCache();
    }

    /** The method, or null when the type has none by that name. */
    public static GoFunc find(Type dyn, String name) {
        // the library's lookup follows Go's method-set rules (no pointer methods on values)
        return gomini.runtime.Methods.lookup(dyn, name);
    }

    static GoFunc findOwn(Type dyn, String name) {
        ConcurrentHashMap<String, GoFunc> m = CACHE.computeIfAbsent(dyn, k -> new ConcurrentHashMap<>());
        GoFunc f = m.get(name);
        if (f == null) {
            f = build(dyn, name);
            m.put(name, f == null ? MISSING : f);
        }
        return f == MISSING ? null : f;
    }

    private static GoFunc build(Type dyn, String name) {
        boolean ptr = dyn instanceof gomini.types.Pointer;
        Type base = ptr ? ((gomini.types.Pointer) dyn).elem() : dyn;
        if (base instanceof Named n) {
            Func fn = n.method(name);
            if (fn != null) {
                return adapt(fn, n, ptr);
            }
        }
        if (base.underlying() instanceof Interface) {
            return (g, a) -> {
                Iface i = (Iface) a[0];
                if (i == null) {
                    throw Panics.nilDeref();
                }
                Object[] b = a.clone();
                b[0] = i.value();
                return find(i.type(), name).call(g, b);
            };
        }
        if (base.underlying() instanceof Struct s) {
            for (int depth = 1; depth <= 4; depth++) {
                GoFunc found = promoted(s, name, depth);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Searches embedded fields exactly depth levels down. */
    private static GoFunc promoted(Struct s, String name, int depth) {
        for (int i = 0; i < s.fields().size(); i++) {
            Struct.Field fd = s.fields().get(i);
            if (!fd.embedded()) {
                continue;
            }
            GoFunc inner;
            if (depth == 1) {
                inner = find(fd.type(), name);
            } else {
                Type ft = fd.type() instanceof gomini.types.Pointer p ? p.elem() : fd.type();
                inner = ft.underlying() instanceof Struct fs ? promoted(fs, name, depth - 1) : null;
                if (inner != null) {
                    GoFunc deeper = inner;
                    int idx = i;
                    // promoted() returns functions taking the embedded struct; wrap to take the outer one
                    inner = (g, a) -> {
                        Object[] b = a.clone();
                        b[0] = field(a[0], idx);
                        return deeper.call(g, b);
                    };
                    return inner;
                }
                continue;
            }
            if (inner != null) {
                GoFunc in = inner;
                int idx = i;
                return (g, a) -> {
                    Object[] b = a.clone();
                    b[0] = field(a[0], idx);
                    return in.call(g, b);
                };
            }
        }
        return null;
    }

    private static Object field(Object recv, int idx) {
        if (recv == null) {
            throw Panics.nilDeref();
        }
        return ((StructValue) recv).fields[idx];
    }

    private static GoFunc adapt(Func fn, Named n, boolean ptrDyn) {
        GoFunc impl = (GoFunc) fn.impl();
        if (impl == null) {
            return null;
        }
        boolean aggregate = gomini.runtime.Zero.isAggregate(n);
        if (fn.pointerRecv()) {
            // only *T has it; the dynamic value is the pointer
            return impl;
        }
        if (!ptrDyn) {
            return aggregate ? (g, a) -> {
                Object[] b = a.clone();
                b[0] = Values.copy(a[0]);
                return impl.call(g, b);
            } : impl;
        }
        return (g, a) -> {
            Object p = a[0];
            if (p == null) {
                throw Panics.nilDeref();
            }
            Object[] b = a.clone();
            b[0] = aggregate ? Values.copy(p) : ((Pointer) p).load();
            return impl.call(g, b);
        };
    }

    /** Throws Go's panic for calling a method through a nil interface. */
    static GoPanic nilInterface() {
        return Panics.nilDeref();
    }
}
