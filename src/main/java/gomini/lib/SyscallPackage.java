package gomini.lib;

import gomini.check.Constant;
import gomini.types.Named;
import gomini.types.Types;
import java.util.List;

/** Package syscall, as far as signals go: type Signal and the SIG* constants of linux/amd64. */
public final class SyscallPackage {
    private SyscallPackage() {}

    public static final Named SIGNAL = new Named("syscall", "Signal", Types.INT);

    /** {number, Go constant name, Go's String()}; linux/amd64 numbering. */
    private static final Object[][] SIGNALS = {
        {1, "SIGHUP", "hangup"},
        {2, "SIGINT", "interrupt"},
        {3, "SIGQUIT", "quit"},
        {4, "SIGILL", "illegal instruction"},
        {5, "SIGTRAP", "trace/breakpoint trap"},
        {6, "SIGABRT", "aborted"},
        {7, "SIGBUS", "bus error"},
        {8, "SIGFPE", "floating point exception"},
        {9, "SIGKILL", "killed"},
        {10, "SIGUSR1", "user defined signal 1"},
        {11, "SIGSEGV", "segmentation fault"},
        {12, "SIGUSR2", "user defined signal 2"},
        {13, "SIGPIPE", "broken pipe"},
        {14, "SIGALRM", "alarm clock"},
        {15, "SIGTERM", "terminated"},
        {17, "SIGCHLD", "child exited"},
        {18, "SIGCONT", "continued"},
        {19, "SIGSTOP", "stopped (signal)"},
        {20, "SIGTSTP", "stopped"},
        {28, "SIGWINCH", "window changed"},
    };

    static {
        Natives.method(SIGNAL, "String", Natives.sig(List.of(), List.of(Types.STRING)), false,
                (g, a) -> name((Long) a[0]));
        Natives.method(SIGNAL, "Signal", Natives.sig(List.of(), List.of()), false, (g, a) -> null);
    }

    /** Go's Signal.String(): "interrupt", "terminated", or "signal N" for numbers it has no name for. */
    static String name(long sig) {
        for (Object[] s : SIGNALS) {
            if ((int) s[0] == sig) {
                return (String) s[2];
            }
        }
        return "signal " + sig;
    }

    /** The constant name without SIG ("INT"), as the JVM's signal API names signals; null if unknown. */
    static String javaName(long sig) {
        for (Object[] s : SIGNALS) {
            if ((int) s[0] == sig) {
                return ((String) s[1]).substring(3);
            }
        }
        return null;
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("syscall");
        p.type("Signal", SIGNAL);
        for (Object[] s : SIGNALS) {
            p.constant((String) s[1], SIGNAL, Constant.of((int) s[0]));
        }
        p.func("Getpid", Natives.sig(List.of(), List.of(Types.INT)), (g, a) -> ProcessHandle.current().pid());
        return p;
    }
}
