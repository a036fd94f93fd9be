package gomini.runtime;

import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * A time.Timer, time.Ticker or AfterFunc timer (made by {@link Timers}). Its state is guarded by the
 * scheduler's global lock; a generation number makes a firing that was scheduled before a Stop or Reset
 * do nothing.
 */
public final class GoTimer {
    private final Timers timers;
    private final Channel channel;
    private final Supplier<Object> value;
    private final Runnable func;
    /** 0 for one-shot timers. */
    private long period;
    private boolean active;
    private long generation;
    private long due;
    ScheduledFuture<?> future;

    GoTimer(Timers timers, Channel channel, Supplier<Object> value, Runnable func, long period) {
        this.timers = timers;
        this.channel = channel;
        this.value = value;
        this.func = func;
        this.period = period;
    }

    /** The timer's channel (Timer.C, Ticker.C); null for AfterFunc timers. */
    public Channel channel() {
        return channel;
    }

    /**
     * Timer.Stop / Ticker.Stop: true if this call stopped a pending timer, false if it had already fired
     * (one-shot) or been stopped. Does not drain the channel (Go before 1.23).
     */
    public boolean stop() {
        Scheduler s = timers.scheduler();
        boolean wasActive;
        s.global.lock();
        try {
            wasActive = active;
            deactivate();
        } finally {
            s.global.unlock();
        }
        if (wasActive && func != null) {
            s.decrementActive();
        }
        return wasActive;
    }

    /**
     * Timer.Reset(d) / Ticker.Reset(d): (re)starts the timer to fire after nanos; for a ticker nanos also
     * becomes the period (the caller checks it is positive). Returns whether the timer was pending.
     */
    public boolean reset(long nanos) {
        Scheduler s = timers.scheduler();
        boolean wasActive;
        s.global.lock();
        try {
            wasActive = active;
            deactivate();
            if (period > 0) {
                period = nanos;
            }
            due = System.nanoTime() + nanos;
            if (timers.schedule(this, generation, nanos)) {
                active = true;
                if (func == null) {
                    timers.addPending(this);
                } else if (!wasActive) {
                    s.incrementActive();
                }
            }
        } finally {
            s.global.unlock();
        }
        if (wasActive && func != null && !active) {
            s.decrementActive();
        }
        return wasActive;
    }

    /** global held. */
    private void deactivate() {
        active = false;
        generation++;
        if (future != null) {
            future.cancel(false);
            future = null;
        }
        timers.removePending(this);
    }

    /** On the timer thread. */
    void fire(long gen) {
        Scheduler s = timers.scheduler();
        s.global.lock();
        try {
            if (!active || gen != generation || s.terminated) {
                return;
            }
            if (period > 0) {
                long now = System.nanoTime();
                due += period;
                if (due <= now) {
                    due = now + period - (now - due) % period;
                }
                timers.schedule(this, generation, due - now);
            } else {
                active = false;
                future = null;
                timers.removePending(this);
            }
            // The firing in progress counts as running (an AfterFunc's pending count carries over).
            if (func == null) {
                s.incrementActive();
            }
        } finally {
            s.global.unlock();
        }
        try {
            if (func != null) {
                func.run();
            } else {
                channel.trySend(value.get());
            }
        } catch (ProgramExit e) {
            // the program ended meanwhile
        } finally {
            s.decrementActive();
        }
    }
}
