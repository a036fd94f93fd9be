package gomini.runtime.sync;

import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Waiter;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** sync.WaitGroup. Wait is asleep as [sync.WaitGroup.Wait] for the deadlock detector. */
public final class WaitGroup {
    private final ReentrantLock guard = new ReentrantLock();
    private long counter;
    private final List<Waiter> waiters = new ArrayList<>();

    /** Add(delta); at 0 releases every waiter. Panics {@code sync: negative WaitGroup counter} (a string value). */
    public void add(Goroutine g, long delta) {
        guard.lock();
        try {
            counter += delta;
            if (counter < 0) {
                throw new GoPanic(new Iface(Types.STRING, "sync: negative WaitGroup counter"));
            }
            if (counter == 0 && !waiters.isEmpty()) {
                for (Waiter w : waiters) {
                    w.claim(0);
                    g.scheduler().wake(w);
                }
                waiters.clear();
            }
        } finally {
            guard.unlock();
        }
    }

    public void done(Goroutine g) {
        add(g, -1);
    }

    public void await(Goroutine g) {
        Waiter w;
        guard.lock();
        try {
            if (counter == 0) {
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
