package gomini.runtime;

/**
 * One Go goroutine, run on one virtual thread. It carries what the interpreter needs per goroutine
 * (its call stack for tracebacks, its panic state) and what the scheduler needs (id, wait state).
 * (Stub: the concurrency runtime fills this in.)
 */
public final class Goroutine {
    private final long id;
    private final CallStack stack = new CallStack();

    public Goroutine(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    public CallStack stack() {
        return stack;
    }

    // Interpreter state for panic/recover (owned by gomini.interp): the panic whose deferred calls are
    // running, and the call depth at which a recover() counts as "called directly by a deferred function".
    public GoPanic panicking;
    public int recoverDepth = -1;
}
