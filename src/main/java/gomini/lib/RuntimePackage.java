package gomini.lib;

import gomini.check.Constant;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Types;
import java.util.List;

/**
 * Package runtime: Gosched, NumGoroutine, GOMAXPROCS, NumCPU, GC, the Error interface, GOOS/GOARCH,
 * Version.
 *
 * <p>runtime.Error is the interface { Error() string; RuntimeError() }. The interpreter hands recover()
 * runtime panics as values of Go's own dynamic types (runtime.boundsError, ..., in gomini.interp.Panics), which have both
 * methods, so {@code r.(runtime.Error)} and {@code errors.As(err, &re)} work on them; plain panics with
 * a string or error value do not implement it, as in Go.
 */
public final class RuntimePackage {
    private RuntimePackage() {}

    public static final Named ERROR = new Named("runtime", "Error", Types.iface(List.of(
            new Interface.Method("Error", Types.signature(List.of(), List.of(Types.STRING), false)),
            new Interface.Method("RuntimeError", Types.signature(List.of(), List.of(), false)))));

    /** What GOMAXPROCS reports until a program changes it (per JVM, as Go's is per process). */
    private static volatile int maxProcs = Runtime.getRuntime().availableProcessors();

    public static GoPackage create() {
        GoPackage p = new GoPackage("runtime");
        p.type("Error", ERROR);
        p.func("Gosched", Natives.sig(List.of(), List.of()), (g, a) -> {
            g.scheduler().gosched(g);
            return null;
        });
        p.func("NumGoroutine", Natives.sig(List.of(), List.of(Types.INT)),
                (g, a) -> (long) g.scheduler().numGoroutine());
        p.func("NumCPU", Natives.sig(List.of(), List.of(Types.INT)),
                (g, a) -> (long) Runtime.getRuntime().availableProcessors());
        // Goroutines are virtual threads on the JVM's carrier pool: the setting is remembered, not enforced.
        p.func("GOMAXPROCS", Natives.sig(List.of(Types.INT), List.of(Types.INT)), (g, a) -> {
            long prev = maxProcs;
            long n = (Long) a[0];
            if (n > 0) {
                maxProcs = (int) Math.min(n, 256);
            }
            return prev;
        });
        p.func("GC", Natives.sig(List.of(), List.of()), (g, a) -> null);
        p.constant("GOOS", Types.UNTYPED_STRING, new Constant.Str("linux"));
        p.constant("GOARCH", Types.UNTYPED_STRING, new Constant.Str("amd64"));
        p.constant("Compiler", Types.UNTYPED_STRING, new Constant.Str("gc"));
        p.func("Version", Natives.sig(List.of(), List.of(Types.STRING)), (g, a) -> "go1.19");
        return p;
    }
}
