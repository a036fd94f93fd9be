package gomini.runtime.sync;

import gomini.runtime.FatalError;
import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * sync.RWMutex with Go's writer preference: once a writer waits, new readers wait too; when the writer
 * unlocks, the readers that queued meanwhile go first, then the next writer. Waits are asleep as
 * [sync.RWMutex.RLock] / [sync.RWMutex.Lock].
 */
public final class RWMutex implements Locker {
    private final ReentrantLock guard = new ReentrantLock();
    private int readers;
    private boolean writer;
    private final ArrayDeque<Waiter> waitingReaders = new ArrayDeque<>();
    private final ArrayDeque<Waiter> waitingWriters = new ArrayDeque<>();

    public void rLock(Goroutine g) {
        Waiter w;
        guard.lock();
        try {
            if (!writer && waitingWriters.isEmpty()) {
                readers++;
                return;
            }
            w = new Waiter(g);
            waitingReaders.add(w);
        } finally {
            guard.unlock();
        }
        g.scheduler().park(w, "sync.RWMutex.RLock");
    }

    public boolean tryRLock() {
        guard.lock();
        try {
            if (!writer && waitingWriters.isEmpty()) {
                readers++;
                return true;
            }
            return false;
        } finally {
            guard.unlock();
        }
    }

    /** Throws FatalError {@code sync: RUnlock of unlocked RWMutex}. */
    public void rUnlock(Goroutine g) {
        guard.lock();
        try {
            if (readers == 0) {
                throw new FatalError("sync: RUnlock of unlocked RWMutex");
            }
            readers--;
            if (readers == 0 && !waitingWriters.isEmpty()) {
                writer = true;
                wake(g, waitingWriters.poll());
            }
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void lock(Goroutine g) {
        Waiter w;
        guard.lock();
        try {
            if (!writer && readers == 0) {
                writer = true;
                return;
            }
            w = new Waiter(g);
            waitingWriters.add(w);
        } finally {
            guard.unlock();
        }
        g.scheduler().park(w, "sync.RWMutex.Lock");
    }

    public boolean tryLock() {
        guard.lock();
        try {
            if (!writer && readers == 0) {
                writer = true;
                return true;
            }
            return false;
        } finally {
            guard.unlock();
        }
    }

    /** Throws FatalError {@code sync: Unlock of unlocked RWMutex}. */
    @Override
    public void unlock(Goroutine g) {
        guard.lock();
        try {
            if (!writer) {
                throw new FatalError("sync: Unlock of unlocked RWMutex");
            }
            writer = false;
            if (!waitingReaders.isEmpty()) {
                Waiter r;
                while ((r = waitingReaders.poll()) != null) {
                    readers++;
                    wake(g, r);
                }
            } else if (!waitingWriters.isEmpty()) {
                writer = true;
                wake(g, waitingWriters.poll());
            }
        } finally {
            guard.unlock();
        }
    }

    /** RLocker(): a Locker whose Lock/Unlock are RLock/RUnlock. */
    public Locker rLocker() {
        return new Locker() {
            @Override
            public void lock(Goroutine g) {
                rLock(g);
            }

            @Override
            public void unlock(Goroutine g) {
                rUnlock(g);
            }
        };
    }

    private static void wake(Goroutine g, Waiter w) {
        w.claim(0);
        g.scheduler().wake(w);
    }
}
