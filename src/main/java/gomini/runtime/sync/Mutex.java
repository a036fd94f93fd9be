package gomini.runtime.sync;

import gomini.runtime.FatalError;
import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * sync.Mutex. Not owned by a goroutine (any goroutine may unlock it, as in Go). Unlock hands the mutex
 * straight to the longest waiter, so waiters are served in order. A blocked Lock is asleep as
 * [sync.Mutex.Lock] for the deadlock detector.
 */
public final class Mutex implements Locker {
    private final ReentrantLock guard = new ReentrantLock();
    private boolean locked;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    @Override
    public void lock(Goroutine g) {
        Waiter w;
        guard.lock();
        try {
            if (!locked) {
                locked = true;
                return;
            }
            w = new Waiter(g);
            waiters.add(w);
        } finally {
            guard.unlock();
        }
        g.scheduler().park(w, "sync.Mutex.Lock");
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
        guard.lock();
        try {
            if (!locked) {
                throw new FatalError("sync: unlock of unlocked mutex");
            }
            Waiter next = waiters.poll();
            if (next == null) {
                locked = false;
            } else {
                next.claim(0);
                g.scheduler().wake(next);
            }
        } finally {
            guard.unlock();
        }
    }
}
