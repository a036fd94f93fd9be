package gomini.runtime.sync;

import gomini.runtime.Goroutine;

/** Go's sync.Locker, as {@link Cond} needs it (Mutex, RWMutex's write lock, or an adapter for user types). */
public interface Locker {
    void lock(Goroutine g);

    void unlock(Goroutine g);
}
