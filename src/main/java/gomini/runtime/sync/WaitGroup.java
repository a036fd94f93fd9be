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
 * <p>As Go's, one atomic word holds the counter (high 32 bits) and the number of waiters (low 32), so Add and
 * Done touch nothing else while nobody waits: a million goroutines calling Done while main calls Add never
 * take a lock, even as the counter goes through 0 again and again. The lock only orders waiters against
 * the Add that brings the counter to 0 while some wait; that Add wakes every waiter queued by then.
 */
public final class WaitGroup {
    private static final long ONE = 1L << 32;

    private final ReentrantLock guard = new ReentrantLock();
    private final AtomicLong state = new AtomicLong();
    private final List<Waiter> waiters = new ArrayList<>();

    /** Add(delta); at 0 releases every waiter. Panics {@code sync: negative WaitGroup counter} (a string value). */
    public void add(Goroutine g, long delta) {
        long s = state.addAndGet(delta * ONE);
        long counter = s >> 32;
        if (counter < 0) {
            throw new GoPanic(new Iface(Types.STRING, "sync: negative WaitGroup counter"));
        }
        if (counter > 0 || delta == 0 || (int) s == 0) {
            return;
        }
        guard.lock();
        try {
            // The waiters counted in s registered under this lock, so all of them are in the list by now.
            for (Waiter w : waiters) {
                w.claim(0);
                g.scheduler().wake(w);
            }
            state.addAndGet(-waiters.size());
            waiters.clear();
        } finally {
            guard.unlock();
        }
    }

    public void done(Goroutine g) {
        add(g, -1);
    }

    public void await(Goroutine g) {
        if (state.get() >> 32 == 0) {
            return;
        }
        Waiter w;
        guard.lock();
        try {
            // Counted as a waiter only while the counter is above 0: an Add reaching 0 after this CAS finds
            // the count and wakes w; one before it makes the CAS fail on the changed word.
            long s;
            do {
                s = state.get();
                if (s >> 32 == 0) {
                    return;
                }
            } while (!state.compareAndSet(s, s + 1));
            w = new Waiter(g);
            waiters.add(w);
        } finally {
            guard.unlock();
        }
        g.scheduler().park(w, "sync.WaitGroup.Wait");
    }
}
