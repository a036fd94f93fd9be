package gomini.lib;

import gomini.runtime.Channel;
import gomini.runtime.Iface;
import gomini.runtime.Scheduler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Real operating-system signals for os/signal (Notify, Stop, Ignore, Reset) and os.Process.Signal.
 * Signals belong to the process, so this state is JVM-wide.
 *
 * <p>Until a program asks for a signal, the JVM's own handling stays in place, so Ctrl-C ends the
 * program as it ends a Go program (the shell sees 130). The first Notify for a signal installs our
 * handler through sun.misc.Signal (jdk.unsupported, needs no flags) and remembers the JVM's handler;
 * when the last channel is stopped the JVM's handler is put back. A delivery is a non-blocking send of
 * the syscall.Signal value to every subscribed channel, dropped when the channel is full, as Go does.
 * Subscriptions of programs that have ended are pruned on delivery; if none is left the signal gets its
 * default action after all (re-raised), so a stale handler never swallows a Ctrl-C.
 *
 * <p>As in Go, once a program has called Notify it is never reported as deadlocked: a signal may still
 * come (Go's signal-watching goroutine stays even after Stop). That is one
 * {@link Scheduler#retainExternalWaker()} per program run, never released.
 */
final class Signals {
    private Signals() {}

    private record Sub(Channel channel, Scheduler scheduler) {}

    /** Guarded by Signals.class. */
    private static final Map<Long, Set<Sub>> SUBS = new HashMap<>();
    private static final Map<Long, SignalHandler> SAVED = new HashMap<>();
    private static final Set<Long> IGNORED = new LinkedHashSet<>();
    private static final Set<Scheduler> RETAINED = Collections.newSetFromMap(new WeakHashMap<>());

    /** The signals Notify relays when given none: those a Go program usually expects and the JVM lets go. */
    static final long[] DEFAULT_SET = {1, 2, 15, 10, 12};

    private static final SignalHandler HANDLER = sig -> deliver(sig.getNumber());

    /** signal.Notify(c, sigs...). */
    static void notify(Scheduler s, Channel c, long[] sigs) {
        synchronized (Signals.class) {
            if (RETAINED.add(s)) {
                s.retainExternalWaker();
            }
            for (long sig : sigs) {
                Set<Sub> subs = SUBS.computeIfAbsent(sig, k -> new LinkedHashSet<>());
                if (subs.isEmpty() && !install(sig)) {
                    SUBS.remove(sig);
                    continue;
                }
                subs.add(new Sub(c, s));
                IGNORED.remove(sig);
            }
        }
    }

    /** signal.Stop(c): c receives no more signals; signals nobody wants get their default action back. */
    static void stop(Channel c) {
        synchronized (Signals.class) {
            for (Long sig : new ArrayList<>(SUBS.keySet())) {
                Set<Sub> subs = SUBS.get(sig);
                subs.removeIf(sub -> sub.channel == c);
                if (subs.isEmpty()) {
                    restore(sig);
                }
            }
        }
    }

    /** signal.Reset(sigs...): default action, no channel receives them. */
    static void reset(long[] sigs) {
        synchronized (Signals.class) {
            for (long sig : sigs) {
                SUBS.remove(sig);
                restore(sig);
                IGNORED.remove(sig);
            }
        }
    }

    /** signal.Ignore(sigs...). */
    static void ignore(long[] sigs) {
        synchronized (Signals.class) {
            for (long sig : sigs) {
                String name = SyscallPackage.javaName(sig);
                if (name == null) {
                    continue;
                }
                try {
                    SignalHandler prev = Signal.handle(new Signal(name), SignalHandler.SIG_IGN);
                    SAVED.putIfAbsent(sig, prev);
                    SUBS.remove(sig);
                    IGNORED.add(sig);
                } catch (IllegalArgumentException e) {
                    // reserved by the JVM: leave it alone
                }
            }
        }
    }

    /** Whether a program receives sig through Notify or has it ignored: it then has no default action. */
    static boolean caught(long sig) {
        synchronized (Signals.class) {
            Set<Sub> subs = SUBS.get(sig);
            return (subs != null && !subs.isEmpty()) || IGNORED.contains(sig);
        }
    }

    static boolean ignored(long sig) {
        synchronized (Signals.class) {
            return IGNORED.contains(sig);
        }
    }

    /** Holding the class lock. Installs our handler; false when the JVM reserves the signal. */
    private static boolean install(long sig) {
        String name = SyscallPackage.javaName(sig);
        if (name == null) {
            return false;
        }
        try {
            SignalHandler prev = Signal.handle(new Signal(name), HANDLER);
            if (prev != HANDLER) {
                SAVED.putIfAbsent(sig, prev);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Holding the class lock. */
    private static void restore(long sig) {
        SUBS.remove(sig);
        SignalHandler prev = SAVED.remove(sig);
        String name = SyscallPackage.javaName(sig);
        if (prev != null && name != null) {
            try {
                Signal.handle(new Signal(name), prev);
            } catch (IllegalArgumentException e) {
                // cannot happen for a signal we handled
            }
        }
    }

    private static void deliver(long sig) {
        List<Sub> targets;
        boolean reraise = false;
        synchronized (Signals.class) {
            Set<Sub> subs = SUBS.get(sig);
            if (subs == null) {
                return;
            }
            subs.removeIf(sub -> sub.scheduler.terminated());
            targets = new ArrayList<>(subs);
            if (subs.isEmpty()) {
                restore(sig);
                reraise = true;
            }
        }
        if (reraise) {
            raise(sig);
            return;
        }
        Iface value = new Iface(SyscallPackage.SIGNAL, sig);
        for (Sub sub : targets) {
            sub.channel.trySend(value);
        }
    }

    /**
     * Sends signal sig to process pid (os.Process.Signal). To this very process a signal the JVM can
     * handle is raised directly; anything else goes through kill(1). Returns an error text or null.
     */
    static String send(long pid, long sig) {
        String name = SyscallPackage.javaName(sig);
        if (pid == ProcessHandle.current().pid() && name != null && sig != 9 && sig != 19) {
            try {
                Signal.raise(new Signal(name));
                return null;
            } catch (IllegalArgumentException e) {
                // fall back to kill(1)
            }
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            if (rc != 0) {
                return ProcessHandle.of(pid).isPresent() ? "operation not permitted" : "process already finished";
            }
            return null;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void raise(long sig) {
        String name = SyscallPackage.javaName(sig);
        if (name != null) {
            try {
                Signal.raise(new Signal(name));
            } catch (IllegalArgumentException e) {
                // nothing more to do
            }
        }
    }
}
