package gomini.lib;

import gomini.runtime.Cell;
import gomini.runtime.ElemPointer;
import gomini.runtime.FieldPointer;
import gomini.runtime.GoPanic;
import gomini.runtime.Iface;
import gomini.runtime.Pointer;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.types.Basic;
import gomini.types.Named;
import gomini.types.Type;
import gomini.types.Types;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Package sync/atomic: the Add/Load/Store/Swap/CompareAndSwap functions on *int32, *int64, *uint32,
 * *uint64, *uintptr, and the types Int32, Int64, Uint32, Uint64, Uintptr, Bool, Value.
 *
 * <h2>How the operations are atomic</h2>
 * The address is a gomini Pointer: a {@link Cell} (a variable), an {@link ElemPointer} (slice or array
 * element) or a {@link FieldPointer} (struct field). Each names one slot of a Java object: Cell.value, or
 * an element of an Object[] (the backing array, the struct's fields). All operations go through
 * VarHandles on that slot: volatile loads and stores, and read-modify-write as a compare-and-set loop on
 * the boxed Long that was read (reference comparison, so a concurrent store of an equal value still makes
 * the CAS retry: no lost update). So atomic operations on one location are linearizable among themselves
 * and publish with volatile semantics, which is what Go's memory model promises for sync/atomic. Any other
 * Pointer implementation falls back to a striped lock keyed by the pointer's location (equals/hashCode).
 * The atomic types are structs { v T }: their methods use the same VarHandle on the struct's fields.
 */
public final class AtomicPackage {
    private AtomicPackage() {}

    private static final VarHandle ELEMS = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle CELL;

    static {
        try {
            CELL = MethodHandles.lookup().findVarHandle(Cell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    /** One memory slot the atomic operations act on. */
    private interface Slot {
        Object get();

        void set(Object v);

        boolean cas(Object expectedRef, Object v);
    }

    private record ArraySlot(Object[] array, int index) implements Slot {
        @Override
        public Object get() {
            return ELEMS.getVolatile(array, index);
        }

        @Override
        public void set(Object v) {
            ELEMS.setVolatile(array, index, v);
        }

        @Override
        public boolean cas(Object expectedRef, Object v) {
            return ELEMS.compareAndSet(array, index, expectedRef, v);
        }
    }

    private record CellSlot(Cell cell) implements Slot {
        @Override
        public Object get() {
            return CELL.getVolatile(cell);
        }

        @Override
        public void set(Object v) {
            CELL.setVolatile(cell, v);
        }

        @Override
        public boolean cas(Object expectedRef, Object v) {
            return CELL.compareAndSet(cell, expectedRef, v);
        }
    }

    /** Any other Pointer: a lock per location stripe. */
    private record LockedSlot(Pointer p) implements Slot {
        private Object lock() {
            return STRIPES[(p.hashCode() & 0x7fffffff) % STRIPES.length];
        }

        @Override
        public Object get() {
            synchronized (lock()) {
                return p.load();
            }
        }

        @Override
        public void set(Object v) {
            synchronized (lock()) {
                p.store(v);
            }
        }

        @Override
        public boolean cas(Object expectedRef, Object v) {
            synchronized (lock()) {
                if (p.load() != expectedRef) {
                    return false;
                }
                p.store(v);
                return true;
            }
        }
    }

    private static Slot slot(Object addr) {
        return switch (addr) {
            case null -> throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
            case Cell c -> new CellSlot(c);
            case ElemPointer e -> new ArraySlot(e.array(), e.index());
            case FieldPointer f -> new ArraySlot(f.struct().fields, f.index());
            case Pointer p -> new LockedSlot(p);
            default -> throw new IllegalArgumentException("sync/atomic: not a pointer to an integer: " + addr);
        };
    }

    /** The value field of an atomic type (args[0] is the *T StructValue). */
    private static Slot field(Object recv) {
        if (recv == null) {
            throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        return new ArraySlot(((StructValue) recv).fields, 0);
    }

    /** Applies f atomically; returns {old, new}. */
    private static long[] update(Slot s, LongUnaryOperator f) {
        while (true) {
            Object cur = s.get();
            long old = (Long) cur;
            long nv = f.applyAsLong(old);
            if (s.cas(cur, nv)) {
                return new long[] {old, nv};
            }
        }
    }

    private static boolean compareAndSwap(Slot s, Object old, Object nv) {
        while (true) {
            Object cur = s.get();
            if (!Values.equal(cur, old)) {
                return false;
            }
            if (s.cas(cur, nv)) {
                return true;
            }
        }
    }

    private static Object swap(Slot s, Object nv) {
        while (true) {
            Object cur = s.get();
            if (s.cas(cur, nv)) {
                return cur;
            }
        }
    }

    /** Wraps v to the integer type's width, as Go's fixed-size arithmetic does. */
    static long wrap(Basic t, long v) {
        return switch (t.kind()) {
            case INT32 -> (int) v;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    private static final Basic[] INTS = {Types.INT32, Types.INT64, Types.UINT32, Types.UINT64, Types.UINTPTR};

    private static String suffix(Basic t) {
        return switch (t.kind()) {
            case INT32 -> "Int32";
            case INT64 -> "Int64";
            case UINT32 -> "Uint32";
            case UINT64 -> "Uint64";
            default -> "Uintptr";
        };
    }

    static final Named INT32 = valueType("Int32", Types.INT32);
    static final Named INT64 = valueType("Int64", Types.INT64);
    static final Named UINT32 = valueType("Uint32", Types.UINT32);
    static final Named UINT64 = valueType("Uint64", Types.UINT64);
    static final Named UINTPTR = valueType("Uintptr", Types.UINTPTR);
    static final Named BOOL = valueType("Bool", Types.BOOL);
    static final Named VALUE = valueType("Value", Types.ANY);

    private static Named valueType(String name, Type t) {
        return new Named("sync/atomic", name, Types.struct(List.of(Natives.field("v", t))));
    }

    static {
        Named[] types = {INT32, INT64, UINT32, UINT64, UINTPTR};
        for (int i = 0; i < types.length; i++) {
            Basic t = INTS[i];
            Named n = types[i];
            Natives.method(n, "Load", Natives.sig(List.of(), List.of(t)), true, (g, a) -> field(a[0]).get());
            Natives.method(n, "Store", Natives.sig(List.of(t), List.of()), true, (g, a) -> {
                field(a[0]).set(a[1]);
                return null;
            });
            Natives.method(n, "Add", Natives.sig(List.of(t), List.of(t)), true,
                    (g, a) -> update(field(a[0]), v -> wrap(t, v + (Long) a[1]))[1]);
            Natives.method(n, "Swap", Natives.sig(List.of(t), List.of(t)), true, (g, a) -> swap(field(a[0]), a[1]));
            Natives.method(n, "CompareAndSwap", Natives.sig(List.of(t, t), List.of(Types.BOOL)), true,
                    (g, a) -> compareAndSwap(field(a[0]), a[1], a[2]));
        }
        Natives.method(BOOL, "Load", Natives.sig(List.of(), List.of(Types.BOOL)), true, (g, a) -> field(a[0]).get());
        Natives.method(BOOL, "Store", Natives.sig(List.of(Types.BOOL), List.of()), true, (g, a) -> {
            field(a[0]).set(a[1]);
            return null;
        });
        Natives.method(BOOL, "Swap", Natives.sig(List.of(Types.BOOL), List.of(Types.BOOL)), true,
                (g, a) -> swap(field(a[0]), a[1]));
        Natives.method(BOOL, "CompareAndSwap", Natives.sig(List.of(Types.BOOL, Types.BOOL), List.of(Types.BOOL)), true,
                (g, a) -> compareAndSwap(field(a[0]), a[1], a[2]));

        Natives.method(VALUE, "Load", Natives.sig(List.of(), List.of(Types.ANY)), true, (g, a) -> field(a[0]).get());
        Natives.method(VALUE, "Store", Natives.sig(List.of(Types.ANY), List.of()), true, (g, a) -> {
            Slot s = field(a[0]);
            checkValue(s, a[1], "store");
            s.set(a[1]);
            return null;
        });
        Natives.method(VALUE, "Swap", Natives.sig(List.of(Types.ANY), List.of(Types.ANY)), true, (g, a) -> {
            Slot s = field(a[0]);
            checkValue(s, a[1], "swap");
            return swap(s, a[1]);
        });
        Natives.method(VALUE, "CompareAndSwap", Natives.sig(List.of(Types.ANY, Types.ANY), List.of(Types.BOOL)), true,
                (g, a) -> {
                    Slot s = field(a[0]);
                    checkValue(s, a[2], "compare and swap");
                    if (a[1] != null && a[2] != null && ((Iface) a[1]).type() != ((Iface) a[2]).type()) {
                        throw Natives.panicString("sync/atomic: compare and swap of inconsistently typed values");
                    }
                    if (a[1] instanceof Iface o && !Types.comparable(o.type())) {
                        throw GoPanic.runtimeError("comparing uncomparable type " + o.type());
                    }
                    return compareAndSwap(s, a[1], a[2]);
                });
    }

    /** Value's rules: no nil, and every value stored has the first one's dynamic type. */
    private static void checkValue(Slot s, Object v, String op) {
        if (v == null) {
            throw Natives.panicString("sync/atomic: " + op + " of nil value into Value");
        }
        Object cur = s.get();
        if (cur != null && ((Iface) cur).type() != ((Iface) v).type()) {
            throw Natives.panicString("sync/atomic: " + op + " of inconsistently typed value into Value");
        }
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("sync/atomic");
        for (Basic t : INTS) {
            String sfx = suffix(t);
            Type ptr = Types.pointer(t);
            p.func("Add" + sfx, Natives.sig(List.of(ptr, t), List.of(t)),
                    (g, a) -> update(slot(a[0]), v -> wrap(t, v + (Long) a[1]))[1]);
            p.func("Load" + sfx, Natives.sig(List.of(ptr), List.of(t)), (g, a) -> slot(a[0]).get());
            p.func("Store" + sfx, Natives.sig(List.of(ptr, t), List.of()), (g, a) -> {
                slot(a[0]).set(a[1]);
                return null;
            });
            p.func("Swap" + sfx, Natives.sig(List.of(ptr, t), List.of(t)), (g, a) -> swap(slot(a[0]), a[1]));
            p.func("CompareAndSwap" + sfx, Natives.sig(List.of(ptr, t, t), List.of(Types.BOOL)),
                    (g, a) -> compareAndSwap(slot(a[0]), a[1], a[2]));
        }
        p.type("Int32", INT32);
        p.type("Int64", INT64);
        p.type("Uint32", UINT32);
        p.type("Uint64", UINT64);
        p.type("Uintptr", UINTPTR);
        p.type("Bool", BOOL);
        p.type("Value", VALUE);
        return p;
    }
}
