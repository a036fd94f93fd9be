package gomini.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The timers of one program run, for the time package: sleeping, time.After, Timer, Ticker, AfterFunc.
 * One scheduler thread per run (started on first use, stopped when the program ends) fires all of them:
 * a timer costs no thread. time.Sleep costs none either: the sleeping goroutine parks with a deadline.
 *
 * <h2>Which timers keep a program from being deadlocked</h2>
 * A sleeping goroutine counts as running. A pending AfterFunc counts as running (it will start a
 * goroutine). A pending channel timer (After, Timer, Ticker) counts only while some goroutine is blocked
 * receiving from its channel (directly or in a select): when every goroutine is blocked, nobody else can
 * ever receive from it, so firing it could change nothing. Stopped timers are not pending. So, unlike Go,
 * a forgotten running Ticker does not hide a deadlock. State changes happen under the scheduler's global
 * lock, ordered with the deadlock check.
 */
public final class Timers {
    private final Scheduler scheduler;
    private ScheduledThreadPoolExecutor executor;
    /** Pending channel timers (guarded by scheduler.global). */
    private final Set<GoTimer> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean shutdown;

    Timers(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** time.Sleep(d): parks g for nanos (returns at once for d <= 0); g shows as [sleep] and is not asleep. */
    public void sleep(Goroutine g, long nanos) {
        g.checkTerminated();
        if (nanos <= 0) {
            return;
        }
        long deadline = System.nanoTime() + nanos;
        g.setWaitReason("sleep");
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            g.checkTerminated();
            LockSupport.parkNanos(this, left);
        }
        g.setWaitReason(null);
        g.checkTerminated();
    }

    /**
     * time.NewTimer(d): a started one-shot timer with a buffered(1) channel that receives value.get()
     * (the time package supplies the time.Time) when it fires.
     */
    public GoTimer newTimer(long nanos, Supplier<Object> value) {
        GoTimer t = new GoTimer(this, new Channel(1, null), value, null, 0);
        t.reset(nanos);
        return t;
    }

    /** time.After(d): newTimer(d, value).channel(). */
    public Channel after(long nanos, Supplier<Object> value) {
        return newTimer(nanos, value).channel();
    }

    /**
     * time.NewTicker(d): fires every periodNanos (> 0, checked by the caller) into a buffered(1) channel,
     * dropping ticks while the channel is full, as Go does.
     */
    public GoTimer newTicker(long periodNanos, Supplier<Object> value) {
        GoTimer t = new GoTimer(this, new Channel(1, null), value, null, periodNanos);
        t.reset(periodNanos);
        return t;
    }

    /**
     * time.AfterFunc(d, f): runs fire on the timer thread after nanos; fire must not block: it starts the
     * goroutine that calls f (with {@link Scheduler#go}).
     */
    public GoTimer afterFunc(long nanos, Runnable fire) {
        GoTimer t = new GoTimer(this, null, null, fire, 0);
        t.reset(nanos);
        return t;
    }

    // ---------------------------------------------------------------- used by GoTimer, under scheduler.global

    Scheduler scheduler() {
        return scheduler;
    }

    /** global held. Schedules gen of t to fire after nanos; false once the program has ended. */
    boolean schedule(GoTimer t, long gen, long nanos) {
        if (shutdown) {
            return false;
        }
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "gomini-timers");
                th.setDaemon(true);
                return th;
            });
            executor.setRemoveOnCancelPolicy(true);
        }
        t.future = executor.schedule(() -> t.fire(gen), Math.max(0, nanos), TimeUnit.NANOSECONDS);
        return true;
    }

    void addPending(GoTimer t) {
        pending.add(t);
    }

    void removePending(GoTimer t) {
        pending.remove(t);
    }

    /** global held, every goroutine blocked: whether some pending channel timer has a receiver waiting. */
    boolean canWakeSomeone() {
        for (GoTimer t : pending) {
            if (t.channel().hasWaitingReceiver()) {
                return true;
            }
        }
        return false;
    }

    void shutdown() {
        scheduler.global.lock();
        try {
            shutdown = true;
            pending.clear();
            if (executor != null) {
                executor.shutdownNow();
            }
        } finally {
            scheduler.global.unlock();
        }
    }
}
