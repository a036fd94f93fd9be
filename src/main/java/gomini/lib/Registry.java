package gomini.lib;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The standard-library packages gomini provides, by import path: one explicit table. A package is
 * built on first import, so a program pays only for what it imports.
 */
public final class Registry {
    private Registry() {}

    private static final Map<String, Supplier<GoPackage>> FACTORIES = Map.ofEntries(
            Map.entry("bufio", BufioPackage::create),
            Map.entry("bytes", BytesPackage::create),
            Map.entry("context", ContextPackage::create),
            Map.entry("errors", ErrorsPackage::create),
            Map.entry("fmt", FmtPackage::create),
            Map.entry("io", IoPackage::create),
            Map.entry("log", LogPackage::create),
            Map.entry("math", MathPackage::create),
            Map.entry("math/rand", RandPackage::create),
            Map.entry("os", OsPackage::create),
            Map.entry("os/signal", SignalPackage::create),
            Map.entry("runtime", RuntimePackage::create),
            Map.entry("sort", SortPackage::create),
            Map.entry("strconv", StrconvPackage::create),
            Map.entry("strings", StringsPackage::create),
            Map.entry("sync", SyncPackage::create),
            Map.entry("sync/atomic", AtomicPackage::create),
            Map.entry("syscall", SyscallPackage::create),
            Map.entry("time", TimePackage::create),
            Map.entry("unicode", UnicodePackage::create),
            Map.entry("unicode/utf8", Utf8Package::create)
    );

    private static final ConcurrentHashMap<String, GoPackage> BUILT = new ConcurrentHashMap<>();

    /** The package with this import path, or null when gomini does not provide it. */
    public static GoPackage lookup(String path) {
        Supplier<GoPackage> f = FACTORIES.get(path);
        return f == null ? null : BUILT.computeIfAbsent(path, p -> f.get());
    }
}
