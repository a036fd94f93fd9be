package gomini.lib;

import gomini.runtime.Channel;
import gomini.runtime.Iface;
import gomini.types.Chan;
import gomini.types.Types;
import java.util.List;

/** Package os/signal: Notify, Stop, Ignore, Ignored, Reset over real OS signals (see {@link Signals}). */
public final class SignalPackage {
    private SignalPackage() {}

    /** The signal numbers of a ...os.Signal argument; non-syscall.Signal values are skipped. */
    private static long[] numbers(Object slice) {
        Object[] sigs = Natives.elems(slice);
        long[] out = new long[sigs.length];
        int n = 0;
        for (Object s : sigs) {
            if (s instanceof Iface iv && iv.type() == SyscallPackage.SIGNAL) {
                out[n++] = (Long) iv.value();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("os/signal");
        var sendChan = Types.chan(Chan.Dir.SEND, OsPackage.SIGNAL);
        p.func("Notify", Natives.variadic(List.of(sendChan), OsPackage.SIGNAL, List.of()), (g, a) -> {
            if (a[0] == null) {
                throw Natives.panicString("os/signal: Notify using nil channel");
            }
            long[] sigs = numbers(a[1]);
            if (Natives.elems(a[1]).length == 0) {
                sigs = Signals.DEFAULT_SET;
            }
            Signals.notify(g.scheduler(), (Channel) a[0], sigs);
            return null;
        });
        p.func("Stop", Natives.sig(List.of(sendChan), List.of()), (g, a) -> {
            if (a[0] != null) {
                Signals.stop((Channel) a[0]);
            }
            return null;
        });
        p.func("Ignore", Natives.variadic(List.of(), OsPackage.SIGNAL, List.of()), (g, a) -> {
            Signals.ignore(numbers(a[0]));
            return null;
        });
        p.func("Ignored", Natives.sig(List.of(OsPackage.SIGNAL), List.of(Types.BOOL)), (g, a) -> {
            if (!(a[0] instanceof Iface iv) || iv.type() != SyscallPackage.SIGNAL) {
                return false;
            }
            return Signals.ignored((Long) iv.value());
        });
        p.func("Reset", Natives.variadic(List.of(), OsPackage.SIGNAL, List.of()), (g, a) -> {
            long[] sigs = numbers(a[0]);
            Signals.reset(Natives.elems(a[0]).length == 0 ? Signals.DEFAULT_SET : sigs);
            return null;
        });
        return p;
    }
}
