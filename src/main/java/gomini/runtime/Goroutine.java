package gomini.runtime;

/**
 * One Go goroutine, run on one virtual thread. It carries what the interpreter needs per goroutine
 * (its call stack for tracebacks, its panic state) and what the scheduler needs (id, wait state).
 * (Stub: the concurrency runtime fills this in.)
 */
public final class Goroutine {
    private final long id;
    private final CallStack stack = new CallStack();
    /** The program's streams, args and exit, for natives (fmt, os); set when the goroutine is made. */
    private ProgramIO io;

    public Goroutine(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    public CallStack stack() {
        return stack;
    }

    public ProgramIO io() {
        return io;
    }

    public void setIo(ProgramIO io) {
        this.io = io;
    }
}
