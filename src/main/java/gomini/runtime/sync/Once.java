package gomini.runtime.sync;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * sync.Once. Concurrent callers of Do wait (as [sync.Mutex.Lock], which is what Go's Once blocks on)
 * until the first call's f returns or panics; either way f is never called again.
 */
public final class Once {
    private final ReentrantLock guard = new ReentrantLock();
    private volatile boolean done;
    private boolean running;
    private final List<Waiter> waiters = new ArrayList<>();

    public void doOnce(Goroutine g, GoFunc f) {
        if (done) {
            return;
        }
        Waiter w;
        guard.lock();
        try {
            if (done) {
                return;
            }
            if (!running) {
                running = true;
                w = null;
            } else {
                w = new Waiter(g);
                waiters.add(w);
            }
        } finally {
            guard.unlock();
        }
        if (w != null) {
            g.scheduler().park(w, "sync.Mutex.Lock");
            return;
        }
        try {
            f.call(g, new Object[0]);
        } finally {
            guard.lock();
            try {
                done = true;
                running = false;
                for (Waiter x : waiters) {
                    x.claim(0);
                    g.scheduler().wake(x);
                }
                waiters.clear();
            } finally {
                guard.unlock();
            }
        }
    }
}
