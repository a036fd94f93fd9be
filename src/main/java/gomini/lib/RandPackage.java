package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/**
 * Package math/rand. The generator is SplitMix64, not Go's ALFG: a seeded source is reproducible from
 * run to run but does not give Go's numbers. The global source is randomly seeded, as in Go 1.20+.
 */
public final class RandPackage {
    private RandPackage() {}

    /** A SplitMix64 generator; synchronized since goroutines share the global one. */
    static final class Gen {
        private long state;

        Gen(long seed) {
            state = seed;
        }

        synchronized void seed(long seed) {
            state = seed;
        }

        synchronized long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    private static final Type I = Types.INT;
    private static final Type I64 = Types.INT64;
    private static final Signature INT63 = Natives.sig(List.of(), List.of(I64));
    private static final Signature SEED = Natives.sig(List.of(I64), List.of());

    public static final Named SOURCE = new Named("math/rand", "Source", Types.iface(List.of(
            new Interface.Method("Int63", INT63), new Interface.Method("Seed", SEED))));
    static final Named RNG_SOURCE = new Named("math/rand", "rngSource", Types.struct(List.of(
            new Struct.Field("gen", StringsPackage.HIDDEN, false, null))));
    public static final Named RAND = new Named("math/rand", "Rand", Types.struct(List.of(
            new Struct.Field("src", SOURCE, false, null))));

    private static final Gen GLOBAL = new Gen(System.nanoTime() ^ 0x5DEECE66DL);

    /** A way to get 63 random bits from a Rand receiver (or the global source when null). */
    private interface Bits {
        long int63();
    }

    static {
        Natives.method(RNG_SOURCE, "Int63", INT63, true, (g, a) -> gen(a[0]).next() >>> 1);
        Natives.method(RNG_SOURCE, "Uint64", Natives.sig(List.of(), List.of(Types.UINT64)), true,
                (g, a) -> gen(a[0]).next());
        Natives.method(RNG_SOURCE, "Seed", SEED, true, (g, a) -> {
            gen(a[0]).seed((Long) a[1]);
            return null;
        });
    }

    private static Gen gen(Object src) {
        return (Gen) ((StructValue) src).fields[0];
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("math/rand");
        p.type("Source", SOURCE);
        p.type("Rand", RAND);
        p.func("NewSource", Natives.sig(List.of(I64), List.of(SOURCE)),
                (g, a) -> new Iface(Types.pointer(RNG_SOURCE), new StructValue(new Object[] {new Gen((Long) a[0])})));
        p.func("New", Natives.sig(List.of(SOURCE), List.of(Types.pointer(RAND))),
                (g, a) -> new StructValue(new Object[] {a[0]}));
        p.func("Seed", SEED, (g, a) -> {
            GLOBAL.seed((Long) a[0]);
            return null;
        });
        for (Member m : members()) {
            p.func(m.name, m.sig, (g, a) -> m.impl.call(g, () -> GLOBAL.next() >>> 1, a, 0));
            Natives.method(RAND, m.name, m.sig, true, (g, a) -> m.impl.call(g, bitsOf(g, a[0]), a, 1));
        }
        Natives.method(RAND, "Seed", SEED, true, (g, a) -> {
            Iface src = (Iface) ((StructValue) a[0]).fields[0];
            Methods.lookup(src.type(), "Seed").call(g, new Object[] {src.value(), a[1]});
            return null;
        });
        return p;
    }

    private static Bits bitsOf(Goroutine g, Object rand) {
        Iface src = (Iface) ((StructValue) rand).fields[0];
        if (src.type() == Types.pointer(RNG_SOURCE)) {
            Gen gen = gen(src.value());
            return () -> gen.next() >>> 1;
        }
        GoFunc int63 = Methods.lookup(src.type(), "Int63");
        return () -> (Long) int63.call(g, new Object[] {src.value()});
    }

    /** A function of both the package and *Rand: args from index off on. */
    private interface Impl {
        Object call(Goroutine g, Bits r, Object[] a, int off);
    }

    private record Member(String name, Signature sig, Impl impl) {}

    private static List<Member> members() {
        return List.of(
                new Member("Int63", INT63, (g, r, a, o) -> r.int63()),
                new Member("Int", Natives.sig(List.of(), List.of(I)), (g, r, a, o) -> r.int63()),
                new Member("Int31", Natives.sig(List.of(), List.of(Types.INT32)), (g, r, a, o) -> r.int63() >>> 32),
                new Member("Uint32", Natives.sig(List.of(), List.of(Types.UINT32)), (g, r, a, o) -> r.int63() >>> 31),
                new Member("Uint64", Natives.sig(List.of(), List.of(Types.UINT64)),
                        (g, r, a, o) -> (r.int63() >>> 31) | (r.int63() << 32)),
                new Member("Intn", Natives.sig(List.of(I), List.of(I)),
                        (g, r, a, o) -> int63n(r, (Long) a[o], "invalid argument to Intn")),
                new Member("Int63n", Natives.sig(List.of(I64), List.of(I64)),
                        (g, r, a, o) -> int63n(r, (Long) a[o], "invalid argument to Int63n")),
                new Member("Int31n", Natives.sig(List.of(Types.INT32), List.of(Types.INT32)),
                        (g, r, a, o) -> int63n(r, (Long) a[o], "invalid argument to Int31n")),
                new Member("Float64", Natives.sig(List.of(), List.of(Types.FLOAT64)),
                        (g, r, a, o) -> (r.int63() >>> 10) / (double) (1L << 53)),
                new Member("Float32", Natives.sig(List.of(), List.of(Types.FLOAT32)),
                        (g, r, a, o) -> (double) ((r.int63() >>> 39) / (float) (1 << 24))),
                new Member("NormFloat64", Natives.sig(List.of(), List.of(Types.FLOAT64)), (g, r, a, o) -> {
                    double u1 = ((r.int63() >>> 10) + 1) / (double) ((1L << 53) + 1);
                    double u2 = (r.int63() >>> 10) / (double) (1L << 53);
                    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
                }),
                new Member("ExpFloat64", Natives.sig(List.of(), List.of(Types.FLOAT64)),
                        (g, r, a, o) -> -Math.log(1 - (r.int63() >>> 10) / (double) (1L << 53))),
                new Member("Perm", Natives.sig(List.of(I), List.of(Types.slice(I))), (g, r, a, o) -> {
                    long n = (Long) a[o];
                    if (n < 0) {
                        throw Natives.panicString("invalid argument to Perm");
                    }
                    Object[] m = new Object[(int) n];
                    for (int i = 0; i < n; i++) {
                        int j = (int) int63n(r, i + 1, "");
                        m[i] = m[j];
                        m[j] = (long) i;
                    }
                    return new SliceValue(m);
                }),
                new Member("Shuffle", Natives.sig(List.of(I, Natives.sig(List.of(I, I), List.of())), List.of()),
                        (g, r, a, o) -> {
                            long n = (Long) a[o];
                            if (n < 0) {
                                throw Natives.panicString("invalid argument to Shuffle");
                            }
                            GoFunc swap = (GoFunc) a[o + 1];
                            for (long i = n - 1; i > 0; i--) {
                                long j = int63n(r, i + 1, "");
                                swap.call(g, new Object[] {i, j});
                            }
                            return null;
                        }));
    }

    private static long int63n(Bits r, long n, String err) {
        if (n <= 0) {
            throw Natives.panicString(err);
        }
        if ((n & (n - 1)) == 0) {
            return r.int63() & (n - 1);
        }
        long max = Long.MAX_VALUE - (Long.MAX_VALUE % n) - 1;
        long v = r.int63();
        while (v > max) {
            v = r.int63();
        }
        return v % n;
    }
}
