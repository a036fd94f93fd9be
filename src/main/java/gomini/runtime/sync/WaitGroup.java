package gomini.runtime.sync;

import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Waiter;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * sync.WaitGroup. Wait is asleep as [sync.WaitGroup.Wait] for the deadlock detector.
 *
 * <p>The counter is atomic, so Add and Done (a million goroutines calling Done while main calls Add) never
 * queue on a lock; the lock only orders waiters against the Add that brings the counter to zero, which wakes
 * every waiter queued by then, as Go's does.
 */
public final class WaitGroup {
    private final ReentrantLock guard = new ReentrantLock();
    private final AtomicLong counter = new AtomicLong();
    private final List<Waiter> waiters = new ArrayList<>();

    /** Add(delta); at 0 releases every waiter. Panics {@code sync: negative WaitGroup counter} (a string value). */
    public void add(Goroutine g, long delta) {
        long c = counter.addAndGet(delta);
        if (c < 0) {
            throw new GoPanic(new Iface(Types.STRING, "sync: negative WaitGroup counter"));
        }
        if (c == 0 && delta != 0) {
            guard.lock();
            try {
                for (Waiter w : waiters) {
                    w.claim(0);
                    g.scheduler().wake(w);
                }
                waiters.clear();
            } finally {
                guard.unlock();
            }
        }
    }

    public void done(Goroutine g) {
        add(g, -1);
    }

    public void await(Goroutine g) {
        if (counter.get() == 0) {
            return;
        }
        Waiter w;
        guard.lock();
        try {
            // Under the lock: an Add reaching 0 after this check wakes w, one before it is seen here.
            if (counter.get() == 0) {
                return;
            }
            w = new Waiter(g);
            waiters.add(w);
        } finally {
            guard.unlock();
        }
        g.scheduler().park(w, "sync.WaitGroup.Wait");
    }
}
