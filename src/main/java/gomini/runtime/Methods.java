package gomini.runtime;

import gomini.types.Func;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dynamic method lookup by Go's method-set rules, for calls through interfaces and for natives (fmt's
 * Stringer, sort.Interface). The GoFunc returned takes the receiver exactly as a value of the dynamic
 * type is represented (a *T to a struct is its StructValue) as args[0], and itself dereferences, copies,
 * takes field addresses or walks embedded fields as the method needs.
 *
 * <p>Results are cached per (type, name) for the life of the JVM, so look methods up only once the
 * types' methods have their impls attached (at run time, not while checking).
 */
public final class Methods {
    private Methods() {}

    /** A method found in a type's method set: its declaration (for its signature) and how to call it. */
    public record Method(Func decl, Signature sig, GoFunc call) {}

    private record Key(Type type, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.type == type && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type) * 31 + name.hashCode();
        }
    }

    private static final Method NONE = new Method(null, null, null);
    private static final ConcurrentHashMap<Key, Method> CACHE = new ConcurrentHashMap<>();

    /**
     * Forgets every cached lookup: for a REPL session, where methods are added to and replaced on types
     * that already have values (lookups are then redone, with the same results for unchanged types).
     */
    public static void clearCache() {
        CACHE.clear();
    }

    /** The method name in the method set of dynType, or null. */
    public static GoFunc lookup(Type dynType, String name) {
        Method m = find(dynType, name);
        return m == null ? null : m.call;
    }

    /** Like lookup, with the method's signature (to tell a String() string from another String). */
    public static Method find(Type dynType, String name) {
        Key k = new Key(dynType, name);
        Method m = CACHE.get(k);
        if (m == null) {
            m = resolve(dynType, name);
            CACHE.put(k, m == null ? NONE : m);
        }
        return m == NONE ? null : m;
    }

    /** Whether dynType's method set has every method of iface (by name). */
    public static boolean implementsIface(Type dynType, Interface iface) {
        for (Interface.Method m : iface.methods()) {
            if (find(dynType, m.name()) == null) {
                return false;
            }
        }
        return true;
    }

    /** One step from a struct to an embedded field on the way to a promoted method. */
    private record Step(int field, boolean pointer) {}

    private static Method resolve(Type t, String name) {
        boolean isPtr = false;
        Type base = t;
        if (t instanceof gomini.types.Pointer p) {
            isPtr = true;
            base = p.elem();
            if (!(base instanceof Named) && !(base instanceof Struct)) {
                return null;
            }
        }
        if (base.underlying() instanceof Interface) {
            return null;
        }
        if (base instanceof Named n) {
            Func f = n.method(name);
            if (f != null) {
                if (f.pointerRecv() && !isPtr) {
                    return null;
                }
                return new Method(f, f.sig(), direct(f, isPtr, n));
            }
        }
        // Promoted methods: breadth-first over embedded fields. The shallowest depth with the name wins;
        // a field of that name there, or two candidates at that depth, leave the method out (Go's rules
        // for shadowing and ambiguous selectors).
        if (base.underlying() instanceof Struct own && own.indexOf(name) >= 0) {
            return null;
        }
        List<Candidate> level = new ArrayList<>();
        level.add(new Candidate(base, List.of(), isPtr));
        for (int depth = 1; depth <= 8 && !level.isEmpty(); depth++) {
            List<Candidate> next = new ArrayList<>();
            int matches = 0;
            Method found = null;
            for (Candidate c : level) {
                if (!(c.type.underlying() instanceof Struct st)) {
                    continue;
                }
                for (int i = 0; i < st.fields().size(); i++) {
                    Struct.Field fld = st.fields().get(i);
                    if (!fld.embedded()) {
                        continue;
                    }
                    Type ft = fld.type();
                    boolean ptr = false;
                    if (ft instanceof gomini.types.Pointer p) {
                        ft = p.elem();
                        ptr = true;
                    }
                    List<Step> path = new ArrayList<>(c.path);
                    path.add(new Step(i, ptr));
                    boolean addressable = c.addressable || ptr;
                    if (ft.underlying() instanceof Interface in) {
                        Interface.Method im = in.method(name);
                        if (im != null) {
                            matches++;
                            found = new Method(null, im.sig(), viaInterface(List.copyOf(path), name));
                        }
                        continue;
                    }
                    if (ft instanceof Named n) {
                        Func f = n.method(name);
                        if (f != null) {
                            matches++;
                            found = f.pointerRecv() && !addressable ? null
                                    : new Method(f, f.sig(), promoted(f, List.copyOf(path), n));
                        }
                    }
                    if (ft.underlying() instanceof Struct fs) {
                        if (fs.indexOf(name) >= 0) {
                            matches++;
                            found = null;
                        }
                        next.add(new Candidate(ft, path, addressable));
                    }
                }
            }
            if (matches > 0) {
                return matches == 1 ? found : null;
            }
            level = next;
        }
        return null;
    }

    private record Candidate(Type type, List<Step> path, boolean addressable) {}

    private static boolean ownedByLocation(Type t) {
        Type u = t.underlying();
        return u instanceof Struct || u instanceof gomini.types.Array;
    }

    private static GoFunc direct(Func f, boolean viaPointer, Named n) {
        if (f.pointerRecv() || !viaPointer) {
            if (!f.pointerRecv() && ownedByLocation(n)) {
                return (g, args) -> impl(f).call(g, withReceiver(args, Values.copy(args[0])));
            }
            return (g, args) -> impl(f).call(g, args);
        }
        // A value method called through a pointer: dereference (and copy, the callee owns its receiver).
        return (g, args) -> impl(f).call(g, withReceiver(args, deref(args[0])));
    }

    private static GoFunc promoted(Func f, List<Step> path, Named target) {
        boolean owned = ownedByLocation(target);
        return (g, args) -> {
            Object cur = args[0];
            if (cur == null) {
                throw nilDeref();
            }
            int last = path.size() - 1;
            for (int k = 0; k < last; k++) {
                cur = ((StructValue) cur).fields[path.get(k).field];
                if (cur == null) {
                    throw nilDeref();
                }
                if (cur instanceof Pointer p && path.get(k).pointer) {
                    cur = p.load();
                }
            }
            StructValue holder = (StructValue) cur;
            Step s = path.get(last);
            Object field = holder.fields[s.field];
            Object recv;
            if (f.pointerRecv()) {
                recv = s.pointer || owned ? field : new FieldPointer(holder, s.field);
            } else if (s.pointer) {
                if (field == null) {
                    throw nilDeref();
                }
                recv = deref(field);
            } else {
                recv = Values.copy(field);
            }
            return impl(f).call(g, withReceiver(args, recv));
        };
    }

    private static GoFunc viaInterface(List<Step> path, String name) {
        return (g, args) -> {
            Object cur = args[0];
            for (Step s : path) {
                if (cur == null) {
                    throw nilDeref();
                }
                if (cur instanceof Pointer p) {
                    cur = p.load();
                }
                cur = ((StructValue) cur).fields[s.field];
            }
            if (!(cur instanceof Iface iv)) {
                throw nilDeref();
            }
            GoFunc m = lookup(iv.type(), name);
            return m.call(g, withReceiver(args, iv.value()));
        };
    }

    private static Object deref(Object p) {
        if (p == null) {
            throw nilDeref();
        }
        if (p instanceof Pointer ptr) {
            return Values.copy(ptr.load());
        }
        return Values.copy(p);
    }

    private static GoFunc impl(Func f) {
        Object impl = f.impl();
        if (impl == null) {
            throw new IllegalStateException("method " + f.name() + " has no implementation");
        }
        return (GoFunc) impl;
    }

    private static Object[] withReceiver(Object[] args, Object recv) {
        Object[] a = args.clone();
        a[0] = recv;
        return a;
    }

    private static GoPanic nilDeref() {
        return GoPanic.runtimeError("invalid memory address or nil pointer dereference");
    }
}
