package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.runtime.sync.Cond;
import gomini.runtime.sync.Locker;
import gomini.runtime.sync.Mutex;
import gomini.runtime.sync.Once;
import gomini.runtime.sync.RWMutex;
import gomini.runtime.sync.WaitGroup;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Locker, Pool, Map over gomini.runtime.sync.
 *
 * <h2>Zero values</h2>
 * Each type is a struct whose hidden field (of {@link Natives#HIDDEN} type, nil in the zero value) holds
 * the runtime object, made on the first method call ({@link Natives#state}), so {@code var mu sync.Mutex}
 * and a Mutex field inside a user struct work as in Go. All methods have pointer receivers: args[0] is
 * the StructValue. Copying a struct that holds a Mutex copies the reference, so the copy shares the
 * original's lock once it has been used (Go would copy the lock's state; go vet warns about such
 * copies anyway); copying a zero value is exact.
 */
public final class SyncPackage {
    private SyncPackage() {}

    private static final Signature VOID = Natives.sig(List.of(), List.of());
    private static final Signature BOOL = Natives.sig(List.of(), List.of(Types.BOOL));

    public static final Named LOCKER = new Named("sync", "Locker", Types.iface(List.of(
            new Interface.Method("Lock", VOID), new Interface.Method("Unlock", VOID))));
    public static final Named MUTEX = hiddenStruct("Mutex");
    public static final Named RWMUTEX = hiddenStruct("RWMutex");
    public static final Named WAITGROUP = hiddenStruct("WaitGroup");
    public static final Named ONCE = hiddenStruct("Once");
    /** Cond: struct { L Locker; c hidden }. */
    public static final Named COND = new Named("sync", "Cond", Types.struct(List.of(
            Natives.field("L", LOCKER), Natives.field("c", Natives.HIDDEN))));
    /** Pool: struct { New func() any; items hidden }. */
    public static final Named POOL = new Named("sync", "Pool", Types.struct(List.of(
            Natives.field("New", Types.signature(List.of(), List.of(Types.ANY), false)),
            Natives.field("items", Natives.HIDDEN))));
    public static final Named MAP = hiddenStruct("Map");
    /** What RWMutex.RLocker returns: struct { rw *RWMutex }, whose Lock/Unlock are RLock/RUnlock. */
    static final Named RLOCKER = new Named("sync", "rlocker", Types.struct(List.of(
            Natives.field("rw", Types.pointer(RWMUTEX)))));

    private static Named hiddenStruct(String name) {
        return new Named("sync", name, Types.struct(List.of(Natives.field("state", Natives.HIDDEN))));
    }

    static {
        Natives.method(MUTEX, "Lock", VOID, true, (g, a) -> {
            mutex(a[0]).lock(g);
            return null;
        });
        Natives.method(MUTEX, "Unlock", VOID, true, (g, a) -> {
            mutex(a[0]).unlock(g);
            return null;
        });
        Natives.method(MUTEX, "TryLock", BOOL, true, (g, a) -> mutex(a[0]).tryLock());

        Natives.method(RWMUTEX, "Lock", VOID, true, (g, a) -> {
            rw(a[0]).lock(g);
            return null;
        });
        Natives.method(RWMUTEX, "Unlock", VOID, true, (g, a) -> {
            rw(a[0]).unlock(g);
            return null;
        });
        Natives.method(RWMUTEX, "RLock", VOID, true, (g, a) -> {
            rw(a[0]).rLock(g);
            return null;
        });
        Natives.method(RWMUTEX, "RUnlock", VOID, true, (g, a) -> {
            rw(a[0]).rUnlock(g);
            return null;
        });
        Natives.method(RWMUTEX, "TryLock", BOOL, true, (g, a) -> rw(a[0]).tryLock());
        Natives.method(RWMUTEX, "TryRLock", BOOL, true, (g, a) -> rw(a[0]).tryRLock());
        Natives.method(RWMUTEX, "RLocker", Natives.sig(List.of(), List.of(LOCKER)), true, (g, a) -> {
            rw(a[0]);
            return new Iface(Types.pointer(RLOCKER), new StructValue(new Object[] {a[0]}));
        });
        Natives.method(RLOCKER, "Lock", VOID, true, (g, a) -> {
            rw(((StructValue) a[0]).fields[0]).rLock(g);
            return null;
        });
        Natives.method(RLOCKER, "Unlock", VOID, true, (g, a) -> {
            rw(((StructValue) a[0]).fields[0]).rUnlock(g);
            return null;
        });

        Natives.method(WAITGROUP, "Add", Natives.sig(List.of(Types.INT), List.of()), true, (g, a) -> {
            wg(a[0]).add(g, (Long) a[1]);
            return null;
        });
        Natives.method(WAITGROUP, "Done", VOID, true, (g, a) -> {
            wg(a[0]).done(g);
            return null;
        });
        Natives.method(WAITGROUP, "Wait", VOID, true, (g, a) -> {
            wg(a[0]).await(g);
            return null;
        });

        Natives.method(ONCE, "Do", Natives.sig(List.of(Types.signature(List.of(), List.of(), false)), List.of()), true,
                (g, a) -> {
                    Once o = Natives.state(a[0], 0, Once::new);
                    GoFunc f = (GoFunc) a[1];
                    o.doOnce(g, f == null ? (g2, x) -> {
                        throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
                    } : f);
                    return null;
                });

        Natives.method(COND, "Wait", VOID, true, (g, a) -> {
            cond(a[0]).await(g);
            return null;
        });
        Natives.method(COND, "Signal", VOID, true, (g, a) -> {
            cond(a[0]).signal(g);
            return null;
        });
        Natives.method(COND, "Broadcast", VOID, true, (g, a) -> {
            cond(a[0]).broadcast(g);
            return null;
        });

        Natives.method(POOL, "Get", Natives.sig(List.of(), List.of(Types.ANY)), true, (g, a) -> {
            ArrayDeque<Object> items = poolItems(a[0]);
            Object x;
            synchronized (items) {
                x = items.pollLast();
            }
            if (x == null) {
                GoFunc make = (GoFunc) ((StructValue) a[0]).fields[0];
                if (make != null) {
                    x = make.call(g, new Object[0]);
                }
            }
            return x;
        });
        Natives.method(POOL, "Put", Natives.sig(List.of(Types.ANY), List.of()), true, (g, a) -> {
            ArrayDeque<Object> items = poolItems(a[0]);
            if (a[1] != null) {
                synchronized (items) {
                    items.addLast(a[1]);
                }
            }
            return null;
        });

        mapMethods();
    }

    static Mutex mutex(Object p) {
        return Natives.state(p, 0, Mutex::new);
    }

    static RWMutex rw(Object p) {
        return Natives.state(p, 0, RWMutex::new);
    }

    static WaitGroup wg(Object p) {
        return Natives.state(p, 0, WaitGroup::new);
    }

    private static ArrayDeque<Object> poolItems(Object p) {
        return Natives.state(p, 1, ArrayDeque::new);
    }

    /** The runtime Cond of a *sync.Cond: its Locker reads L at every call, as Go's Wait does. */
    private static Cond cond(Object p) {
        StructValue c = (StructValue) p;
        return Natives.state(p, 1, () -> new Cond(new Locker() {
            @Override
            public void lock(Goroutine g) {
                callLocker(g, c.fields[0], "Lock");
            }

            @Override
            public void unlock(Goroutine g) {
                callLocker(g, c.fields[0], "Unlock");
            }
        }));
    }

    /** l.Lock() / l.Unlock() on a Locker interface value; sync's own lockers directly. */
    static void callLocker(Goroutine g, Object l, String method) {
        if (!(l instanceof Iface iv)) {
            throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        boolean lock = method.equals("Lock");
        if (iv.type() == Types.pointer(MUTEX)) {
            Mutex m = mutex(iv.value());
            if (lock) {
                m.lock(g);
            } else {
                m.unlock(g);
            }
            return;
        }
        Methods.lookup(iv.type(), method).call(g, new Object[] {iv.value()});
    }

    // ---------------------------------------------------------------- Map

    /** sync.Map's contents: insertion-ordered, guarded by the map itself; keys are Go values (Iface). */
    private static Map<Object, Object> map(Object p) {
        return Natives.state(p, 0, LinkedHashMap::new);
    }

    private static void mapMethods() {
        Type any = Types.ANY;
        Natives.method(MAP, "Load", Natives.sig(List.of(any), List.of(any, Types.BOOL)), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            synchronized (m) {
                checkHashable(a[1]);
                return new Object[] {m.get(a[1]), m.containsKey(a[1])};
            }
        });
        Natives.method(MAP, "Store", Natives.sig(List.of(any, any), List.of()), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            checkHashable(a[1]);
            synchronized (m) {
                m.put(a[1], a[2]);
            }
            return null;
        });
        Natives.method(MAP, "LoadOrStore", Natives.sig(List.of(any, any), List.of(any, Types.BOOL)), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            checkHashable(a[1]);
            synchronized (m) {
                if (m.containsKey(a[1])) {
                    return new Object[] {m.get(a[1]), true};
                }
                m.put(a[1], a[2]);
                return new Object[] {a[2], false};
            }
        });
        Natives.method(MAP, "LoadAndDelete", Natives.sig(List.of(any), List.of(any, Types.BOOL)), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            checkHashable(a[1]);
            synchronized (m) {
                boolean had = m.containsKey(a[1]);
                return new Object[] {m.remove(a[1]), had};
            }
        });
        Natives.method(MAP, "Delete", Natives.sig(List.of(any), List.of()), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            checkHashable(a[1]);
            synchronized (m) {
                m.remove(a[1]);
            }
            return null;
        });
        Natives.method(MAP, "Swap", Natives.sig(List.of(any, any), List.of(any, Types.BOOL)), true, (g, a) -> {
            Map<Object, Object> m = map(a[0]);
            checkHashable(a[1]);
            synchronized (m) {
                boolean had = m.containsKey(a[1]);
                return new Object[] {m.put(a[1], a[2]), had};
            }
        });
        Natives.method(MAP, "CompareAndSwap", Natives.sig(List.of(any, any, any), List.of(Types.BOOL)), true,
                (g, a) -> {
                    Map<Object, Object> m = map(a[0]);
                    checkHashable(a[1]);
                    synchronized (m) {
                        if (m.containsKey(a[1]) && Values.equal(m.get(a[1]), a[2])) {
                            m.put(a[1], a[3]);
                            return true;
                        }
                        return false;
                    }
                });
        Natives.method(MAP, "Range", Natives.sig(List.of(Types.signature(List.of(any, any), List.of(Types.BOOL),
                false)), List.of()), true, (g, a) -> {
                    Map<Object, Object> m = map(a[0]);
                    List<Map.Entry<Object, Object>> snapshot;
                    synchronized (m) {
                        snapshot = new ArrayList<>();
                        for (Map.Entry<Object, Object> e : m.entrySet()) {
                            snapshot.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
                        }
                    }
                    GoFunc f = (GoFunc) a[1];
                    for (Map.Entry<Object, Object> e : snapshot) {
                        if (!Boolean.TRUE.equals(f.call(g, new Object[] {e.getKey(), e.getValue()}))) {
                            break;
                        }
                    }
                    return null;
                });
    }

    /** Go panics when a map key's dynamic type is not comparable. */
    private static void checkHashable(Object key) {
        if (key instanceof Iface iv && !Types.comparable(iv.type())) {
            throw GoPanic.runtimeError("hash of unhashable type " + iv.type());
        }
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("sync");
        p.type("Locker", LOCKER);
        p.type("Mutex", MUTEX);
        p.type("RWMutex", RWMUTEX);
        p.type("WaitGroup", WAITGROUP);
        p.type("Once", ONCE);
        p.type("Cond", COND);
        p.type("Pool", POOL);
        p.type("Map", MAP);
        p.func("NewCond", Natives.sig(List.of(LOCKER), List.of(Types.pointer(COND))),
                (g, a) -> new StructValue(new Object[] {a[0], null}));
        return p;
    }
}
