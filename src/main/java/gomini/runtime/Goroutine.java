package gomini.runtime;

/**
 * One Go goroutine, run on one virtual thread. It carries what the interpreter needs per goroutine
 * (its call stack for tracebacks) and what the {@link Scheduler} needs (id, thread, wait state, who
 * created it).
 *
 * <p>Only the goroutine's own thread writes its call stack; other threads read it only while the
 * goroutine is parked (deadlock report), which the scheduler's locks order after the writes.
 */
public final class Goroutine extends CallStack implements Runnable {
    private final long id;
    private final Scheduler scheduler;
    /** Where the go statement is; null for the main goroutine. */
    private final GoSite creator;
    private final long creatorId;
    volatile Thread thread;
    /** What the goroutine is parked on, as Go prints it in tracebacks; null while running. */
    private volatile String waitReason;
    /** Set by {@link Scheduler#cancel}: the goroutine unwinds with ProgramExit at its next check or park. */
    volatile boolean cancelled;

    /**
     * A goroutine outside any program run, bound to the calling thread, for unit tests of code that
     * only needs an id and a call stack (it has its own private {@link Scheduler}; it may use buffered
     * channels and non-blocking operations, but is not meant to block).
     */
    public Goroutine(long id) {
        this(Scheduler.detached(), id, null, 0);
        this.thread = Thread.currentThread();
    }

    Goroutine(Scheduler scheduler, long id, GoSite creator, long creatorId) {
        this.scheduler = scheduler;
        this.id = id;
        this.creator = creator;
        this.creatorId = creatorId;
    }

    /**
     * A go statement's place, as a goroutine's traceback shows it ({@code created by main.main} and
     * {@code \tprog.go:12}): one per go statement, shared by the goroutines it starts, so a goroutine holds
     * one reference instead of two strings and a line.
     */
    public record GoSite(String function, String file, int line) {}

    // What the goroutine's thread runs, until it starts: the goroutine is its thread's Runnable itself,
    // one object less per goroutine than a lambda capturing these.
    private GoFunc body;
    private Object[] args;
    /** Whether this is main's goroutine, whose return ends the program (not told by creatorFunction:
     *  the REPL and AfterFunc start goroutines without a creator too). */
    private boolean isMain;
    /** Set by the goroutine's own thread when its body is done (see {@link LiveGoroutines}). */
    volatile boolean ended;
    /** What this goroutine's go statements made ({@link SpawnHistory}); null until its first. */
    SpawnHistory spawns;

    /** Whether its thread has begun to run it (read by its creator without synchronization: a hint). */
    boolean started() {
        return body == null;
    }

    void start(GoFunc body, Object[] args, boolean isMain) {
        this.body = body;
        this.args = args;
        this.isMain = isMain;
    }

    /**
     * The body of the goroutine's virtual thread; only the scheduler's thread start calls it. It calls the
     * Go function itself and leaves the rest to the scheduler: every frame below a parked goroutine's Go
     * code is kept in its stack chunk, and this one is small (a frame for the scheduler's part too, with
     * its exception handlers, cost the goroutines that parked before the JIT compiled it ~250 B each).
     */
    @Override
    public void run() {
        GoFunc b = body;
        Object[] a = args;
        body = null;
        args = null;
        Scheduler s = scheduler;
        boolean main = isMain;
        boolean returned = false;
        Throwable failure = null;
        if (!s.terminated()) { // a goroutine that starts after the program ended runs nothing
            try {
                b.call(this, a);
                returned = true;
            } catch (Throwable t) {
                failure = t;
            }
        }
        s.endGoroutine(this, returned, failure, main);
    }

    public long id() {
        return id;
    }

    /** The id of the goroutine whose go statement started this one; 0 for main and those nobody made. */
    long creatorId() {
        return creatorId;
    }

    /** This goroutine's call stack: the goroutine itself (one object less per goroutine). */
    public CallStack stack() {
        return this;
    }

    // Interpreter state for panic/recover (owned by gomini.interp): the panic whose deferred calls are
    // running, and the call depth at which a recover() counts as "called directly by a deferred function".
    public GoPanic panicking;
    public int recoverDepth = -1;

    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Throws {@link ProgramExit} once the program has ended (main returned, os.Exit, fatal error,
     * deadlock). The interpreter calls it on loop back-edges and calls, so that goroutines still running
     * when the program ends stop promptly; output natives call it before writing. Costs one volatile read.
     */
    /** Waits until this goroutine's thread has ended (it is then gone from the scheduler's list). */
    public void join() throws InterruptedException {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.join();
        }
    }

    public void checkTerminated() {
        if (scheduler.terminated || cancelled) {
            throw ProgramExit.INSTANCE;
        }
    }

    /** Whether {@link Scheduler#cancel} was called on this goroutine. */
    public boolean cancelled() {
        return cancelled;
    }

    /** The wait reason Go prints ("chan receive", "sleep", ...), or null while the goroutine runs. */
    public String waitReason() {
        return waitReason;
    }

    void setWaitReason(String reason) {
        this.waitReason = reason;
    }

    /**
     * Go's traceback of this goroutine: {@code goroutine N [STATE]:}, its frames innermost first, and for
     * goroutines other than main {@code created by F in goroutine M} + {@code \tFILE:LINE} (without
     * " in goroutine M" when the creator was no goroutine, as for AfterFunc). STATE is the
     * wait reason, or "running" when the goroutine is not parked. Ends with a newline.
     */
    public String traceback() {
        String reason = waitReason;
        return traceback(reason == null ? "running" : reason);
    }

    /** Like {@link #traceback()} with an explicit state (the interpreter passes "running" for a panic). */
    public String traceback(String state) {
        StringBuilder sb = new StringBuilder();
        sb.append("goroutine ").append(id).append(" [").append(state).append("]:\n");
        appendTrace(sb);
        if (creator != null) {
            sb.append("created by ").append(creator.function());
            if (creatorId != 0) { // Go omits it for goroutines started by the runtime (time.AfterFunc)
                sb.append(" in goroutine ").append(creatorId);
            }
            sb.append('\n');
            sb.append('\t').append(creator.file()).append(':').append(creator.line()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "goroutine " + id;
    }

    /** The program's streams, args and exit, for natives (fmt, os): its scheduler's (set once per run). */
    public ProgramIO io() {
        return scheduler.io;
    }

    /**
     * Sets the program's streams of this goroutine's scheduler: for a goroutine made with
     * {@link #Goroutine(long)}, which has a scheduler of its own (a field per goroutine for this would
     * cost a million goroutines 4 MB).
     */
    public void setIo(ProgramIO io) {
        scheduler.io = io;
    }
}
