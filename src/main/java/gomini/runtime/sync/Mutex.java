package gomini.runtime.sync;

import gomini.runtime.FatalError;
import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * sync.Mutex. Not owned by a goroutine (any goroutine may unlock it, as in Go). A blocked Lock is asleep
 * as [sync.Mutex.Lock] for the deadlock detector.
 *
 * <p>As Go's mutex, it has two modes. Normally Unlock frees the mutex and wakes the longest waiter, which
 * then competes for it with goroutines arriving meanwhile (a running goroutine that locks again right
 * after unlocking usually wins, sparing a park and a wake-up per critical section); a waiter that loses
 * goes back to the front of the queue. Once the longest waiter has waited over 1 ms, Unlock hands the
 * mutex straight to it (it stays locked meanwhile, so nobody can barge in).
 */
public final class Mutex implements Locker {
    /** Go's starvationThresholdNs. */
    private static final long STARVATION_NANOS = 1_000_000;
    /** Waiter claims: woken to compete again, or given the mutex by Unlock. */
    private static final int RETRY = 0;
    private static final int HANDED = 1;

    private final ReentrantLock guard = new ReentrantLock();
    private boolean locked;
    /** A waiter was woken and has not competed yet: Unlock wakes no second one meanwhile (Go's mutexWoken). */
    private boolean wokenPending;
    private final ArrayDeque<Blocked> waiters = new ArrayDeque<>();

    /** A queued Lock: its waiter and when the goroutine first found the mutex locked. */
    private record Blocked(Waiter waiter, long since) {}

    @Override
    public void lock(Goroutine g) {
        long since = 0;
        boolean woken = false;
        while (true) {
            Waiter w;
            guard.lock();
            try {
                if (woken) {
                    wokenPending = false;
                }
                if (!locked) {
                    locked = true;
                    return;
                }
                if (since == 0) {
                    since = System.nanoTime();
                }
                w = new Waiter(g);
                Blocked b = new Blocked(w, since);
                if (woken) {
                    waiters.addFirst(b);
                } else {
                    waiters.addLast(b);
                }
            } finally {
                guard.unlock();
            }
            g.scheduler().park(w, "sync.Mutex.Lock");
            if (w.winner() == HANDED) {
                return;
            }
            woken = true;
        }
    }

    /** Guard held: whether the longest waiter has waited long enough to be handed the mutex. */
    private boolean starving() {
        Blocked first = waiters.peekFirst();
        return first != null && System.nanoTime() - first.since >= STARVATION_NANOS;
    }

    /** TryLock: takes the mutex if it is free. */
    public boolean tryLock() {
        guard.lock();
        try {
            if (locked) {
                return false;
            }
            locked = true;
            return true;
        } finally {
            guard.unlock();
        }
    }

    /** Throws FatalError {@code sync: unlock of unlocked mutex}. */
    @Override
    public void unlock(Goroutine g) {
        Waiter wake = null;
        guard.lock();
        try {
            if (!locked) {
                throw new FatalError("sync: unlock of unlocked mutex");
            }
            if (starving()) {
                wake = claimFirst(HANDED); // the mutex stays locked, now on the waiter's behalf
            }
            if (wake == null) {
                locked = false;
                if (!wokenPending) {
                    wake = claimFirst(RETRY);
                    wokenPending = wake != null;
                }
            }
        } finally {
            guard.unlock();
        }
        if (wake != null) {
            g.scheduler().wake(wake);
        }
    }

    /** Guard held: dequeues the longest waiter that can still be claimed (not cancelled), or null. */
    private Waiter claimFirst(int how) {
        Blocked b;
        while ((b = waiters.pollFirst()) != null) {
            if (b.waiter.claim(how)) {
                return b.waiter;
            }
        }
        return null;
    }
}
