package gomini.runtime.sync;

import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/** sync.Cond over a Locker (its L). Wait is asleep as [sync.Cond.Wait]. */
public final class Cond {
    private final Locker locker;
    private final ReentrantLock guard = new ReentrantLock();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    public Cond(Locker locker) {
        this.locker = locker;
    }

    public Locker locker() {
        return locker;
    }

    /** Unlocks L, waits for Signal/Broadcast, locks L again. */
    public void await(Goroutine g) {
        Waiter w = new Waiter(g);
        guard.lock();
        try {
            // Queued before L is released, so a Signal right after the Unlock is not lost.
            waiters.add(w);
        } finally {
            guard.unlock();
        }
        locker.unlock(g);
        g.scheduler().park(w, "sync.Cond.Wait");
        locker.lock(g);
    }

    public void signal(Goroutine g) {
        guard.lock();
        try {
            Waiter w = waiters.poll();
            if (w != null) {
                w.claim(0);
                g.scheduler().wake(w);
            }
        } finally {
            guard.unlock();
        }
    }

    public void broadcast(Goroutine g) {
        guard.lock();
        try {
            Waiter w;
            while ((w = waiters.poll()) != null) {
                w.claim(0);
                g.scheduler().wake(w);
            }
        } finally {
            guard.unlock();
        }
    }
}
