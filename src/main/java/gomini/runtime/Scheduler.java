package gomini.runtime;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * The goroutines of one program run: their ids and virtual threads, parking and waking, the program's
 * end (exit code) and the deadlock detector. One instance per run; nothing is static, so several programs
 * can run in one JVM.
 *
 * <h2>Ending the program</h2>
 * The first of these wins and sets the exit code; later ones are ignored: main returning (0),
 * {@link #exit} (os.Exit), {@link #fatal} (an unrecovered panic printed by the interpreter, exit 2),
 * {@link #fatalError} / a {@link FatalError} escaping a goroutine (exit 2), a deadlock (exit 2). Then every
 * goroutine is woken: parked ones throw {@link ProgramExit}, running ones throw it at their next
 * {@link Goroutine#checkTerminated()}.
 *
 * <h2>Deadlock detection</h2>
 * {@code active} counts what can still make progress: goroutines not parked on a Go wait (running,
 * runnable, sleeping, in a syscall), plus pending {@code time.AfterFunc} timers, plus timer firings in
 * progress. A goroutine that blocks enqueues itself on the wait queue first, may wait briefly while still
 * counted (yielding or spinning, see {@link #park}), then commits to parking and decrements; whoever wakes
 * it increments <em>before</em> publishing the wake-up, while itself still counted, so the count never
 * dips to 0 while anything can run. One woken before it committed was never uncounted: the waker only
 * marks it done (the waiter's state CAS decides which of the two happened). Hence 0 is stable: no
 * goroutine can ever run again, except through a channel timer (time.After, Timer, Ticker), whose firing
 * increments under {@link #global}. The goroutine
 * whose decrement reaches 0 takes {@link #global}, re-reads 0, and asks the timers whether one pending
 * timer's channel has a receiver waiting (only such a timer can wake anyone, since nobody else will ever
 * run to receive later); if none, it reports the deadlock. No polling and no timeouts: the report comes
 * from the very operation that blocked last, or from the timer firing that woke nobody.
 *
 * <h2>Determinism hooks</h2>
 * Select's random choices come from {@link #random()}; every park and wake goes through {@link #park} and
 * {@link #wake}, so a later one-goroutine-at-a-time mode can replace them.
 */
public final class Scheduler {
    /** The program's streams and args, for natives of every goroutine of this run (set by gomini.Gomini). */
    public volatile ProgramIO io;

    private final PrintStream stderr;
    private final RandomGenerator random;
    private final AtomicLong nextId;
    private final LiveGoroutines live = new LiveGoroutines();
    private final AtomicLong active = new AtomicLong();
    /** Orders deadlock checks against timer firings and timer state changes; taken before any channel lock. */
    final ReentrantLock global = new ReentrantLock();
    private final AtomicBoolean ending = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    volatile boolean terminated;
    private volatile int exitCode;
    private volatile Timers timers;
    private volatile BiFunction<Goroutine, GoPanic, String> panicPrinter = Scheduler::defaultPanicText;
    /** Non-null in session mode (the REPL): failures and deadlocks are handed to it instead of ending the run. */
    private volatile Session session;
    /** The {@link Waiter#claim} index of a waiter whose goroutine was {@link #cancel}led while parked. */
    private static final int CANCELLED = Integer.MAX_VALUE;

    /**
     * Session mode, for an interactive session (gomini.repl) whose goroutines outlive each input: the
     * session runs each input as a goroutine it starts with {@link #go} and waits for; nothing ever ends
     * the run except {@link #exit}. What would end a program is reported here instead, with the text Go
     * would print, and the run goes on.
     */
    public interface Session {
        /** A goroutine died of an unrecovered panic or a fatal error; report is Go's text for it. */
        void goroutineFailed(Goroutine g, String report);

        /**
         * Every goroutine is asleep (report is Go's deadlock report for this state). Called on the thread
         * of the goroutine whose blocking made it so, or of a timer; the session decides what to cancel.
         * Nothing outside the goroutines counts as able to wake them (the session waiting for its user
         * is not a goroutine).
         */
        void allAsleep(String report);
    }

    /** Puts this scheduler in session mode (see {@link Session}); call before starting any goroutine. */
    public void startSession(Session s) {
        this.session = s;
    }

    /**
     * Unwinds goroutine g with {@link ProgramExit} (no deferred calls run): at once if it is parked on a
     * Go wait, else at its next {@link Goroutine#checkTerminated()} (loop back-edge, call, sleep). For a
     * session's Ctrl-C and deadlocked inputs. A parked g first claims its waiter, so no channel operation
     * completes with it afterwards; a sync primitive that hands itself over to a cancelled waiter (Mutex)
     * loses that hand-over.
     */
    public void cancel(Goroutine g) {
        g.cancelled = true;
        Thread t = g.thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** The exit code once the run has ended ({@link #terminated()}). */
    public int exitCode() {
        return exitCode;
    }

    /**
     * stderr: the program's standard error, for fatal reports. firstGoroutineId: the id of the first
     * goroutine the program starts (see {@link #firstGoroutineId}). random: the source of select's choices,
     * used by many goroutines at once, so thread-safe ({@link java.util.Random}, seeded for repeatable runs).
     */
    public Scheduler(PrintStream stderr, long firstGoroutineId, RandomGenerator random) {
        this.stderr = stderr;
        this.random = random;
        this.nextId = new AtomicLong(firstGoroutineId);
    }

    /** A scheduler whose first user goroutine is 6 (Go's number when the program imports fmt or os). */
    public Scheduler(PrintStream stderr) {
        this(stderr, firstGoroutineId(true), new Random());
    }

    /**
     * The id Go gives the first goroutine a program starts, as a single-P Go run numbers them (what our
     * fixtures were recorded with): the runtime's own goroutines take 2-4, and os's init (imported by fmt,
     * log, os, os/signal) starts the finalizer goroutine as 5. Later goroutines count up from there.
     */
    public static long firstGoroutineId(boolean importsOs) {
        return importsOs ? 6 : 5;
    }

    static Scheduler detached() {
        Scheduler s = new Scheduler(System.err);
        s.active.incrementAndGet();
        return s;
    }

    /** The random source of select's choices (a seeded one makes runs repeatable). */
    public RandomGenerator random() {
        return random;
    }

    /** The timer service of this run (time.Sleep, After, Timer, Ticker, AfterFunc). */
    public Timers timers() {
        Timers t = timers;
        if (t == null) {
            global.lock();
            try {
                t = timers;
                if (t == null) {
                    t = new Timers(this);
                    timers = t;
                }
            } finally {
                global.unlock();
            }
        }
        return t;
    }

    /**
     * How an unrecovered panic that escapes a goroutine's body is printed (the whole stderr text, ending
     * with a newline). The interpreter installs its own, with Go's value formatting and [recovered] chains.
     */
    public void setPanicPrinter(BiFunction<Goroutine, GoPanic, String> printer) {
        this.panicPrinter = printer;
    }

    // ---------------------------------------------------------------- running the program

    /**
     * Runs main as goroutine 1 on a virtual thread and returns the program's exit code once it has ended
     * (see the class comment). Then it waits, briefly, for the other goroutines' threads to stop, so that
     * nothing of this run prints after it returns. Called once, by gomini.Gomini.
     */
    public int runMain(GoFunc main) {
        loadThreadExitPath();
        Goroutine g = new Goroutine(this, 1, null, 0);
        active.incrementAndGet();
        live.add(g);
        g.start(main, new Object[0], true);
        Thread t = Thread.ofVirtual().unstarted(g);
        g.thread = t;
        t.start();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(2, null);
        }
        awaitThreads(TimeUnit.SECONDS.toNanos(2));
        return exitCode;
    }

    private static final Runnable NOTHING = () -> {};
    private static volatile boolean threadExitPathLoaded;

    /**
     * Runs one virtual thread to its end before any goroutine starts. Otherwise, when many goroutines park
     * before the first one ends (bench/blocked), C2 compiles the JDK's VirtualThread.run while the classes
     * of its exit path are still unloaded, with a trap there, and every parked goroutine's frozen frame of
     * that code deoptimizes on its way out: 980,000 deoptimizations, ~15 s for bench/blocked.
     */
    private static void loadThreadExitPath() {
        if (threadExitPathLoaded) {
            return;
        }
        try {
            Thread.ofVirtual().start(NOTHING).join();
            threadExitPathLoaded = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The go statement: starts body(args) as a new goroutine on a new virtual thread. creatorFunction,
     * file and line locate the go statement ({@code main.main}, {@code prog.go}, 12) for the goroutine's
     * {@code created by} trace lines (a null creatorFunction: none, as for the REPL's inputs). Called by
     * AfterFunc timers, with parent null, and the REPL; the interpreter's go statement uses the GoSite form.
     */
    public Goroutine go(Goroutine parent, String creatorFunction, String file, int line, GoFunc body, Object[] args) {
        Goroutine.GoSite site = creatorFunction == null ? null : new Goroutine.GoSite(creatorFunction, file, line);
        return go(parent, site, body, args);
    }

    /** The go statement with its site made once (the interpreter's go statement keeps one per statement). */
    public Goroutine go(Goroutine parent, Goroutine.GoSite site, GoFunc body, Object[] args) {
        if (terminated) {
            throw ProgramExit.INSTANCE;
        }
        long id = nextId.getAndIncrement();
        Goroutine g = new Goroutine(this, id, site, parent == null ? 0 : parent.id());
        // Counted before it exists: the creator is running, so the count cannot dip to 0 meanwhile.
        active.incrementAndGet();
        live.add(g);
        // Unnamed: a name string per goroutine costs memory a million goroutines feel, and nothing reads it.
        g.start(body, args, false);
        Thread t = Thread.ofVirtual().unstarted(g);
        g.thread = t;
        t.start();
        if (parent != null && SpawnHistory.backlogged(parent, g)) {
            Thread.yield();
        }
        return g;
    }

    /**
     * A goroutine's body is done: returned (main's return ends the program), or threw failure, or never
     * ran because the program had ended (both false and null). Removes it from the live goroutines.
     */
    void endGoroutine(Goroutine g, boolean returned, Throwable failure, boolean isMain) {
        try {
            if (returned && isMain) {
                end(0, null);
            } else if (failure != null) {
                goroutineFailed(g, failure);
            }
        } finally {
            // An ended goroutine can stay referenced for a while (LiveGoroutines); its thread need not.
            g.thread = null;
            live.remove(g);
            if (!isMain) {
                decrementActive();
            }
        }
    }

    private void goroutineFailed(Goroutine g, Throwable failure) {
        if (failure instanceof ProgramExit) {
            return; // the program ended elsewhere
        } else if (failure instanceof GoPanic p) {
            failed(g, panicPrinter.apply(g, p));
        } else if (failure instanceof FatalError f) {
            failed(g, fatalErrorText(g, f.getMessage()));
        } else if (failure instanceof StackOverflowError) {
            failed(g, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                    + g.traceback("running"));
        } else {
            StringWriter sw = new StringWriter();
            failure.printStackTrace(new PrintWriter(sw));
            failed(g, "gomini: internal error in " + g + ": " + sw);
        }
    }

    private void failed(Goroutine g, String text) {
        Session s = session;
        if (s != null && !terminated) {
            s.goroutineFailed(g, text);
        } else {
            end(2, text);
        }
    }

    /** os.Exit(code) from any goroutine: ends the program with that code. Always throws ProgramExit. */
    public ProgramExit exit(int code) {
        end(code, null);
        throw ProgramExit.INSTANCE;
    }

    /**
     * Ends the program with exit code 2 after printing text (whole lines) to its stderr: for the
     * interpreter's report of an unrecovered panic. Always throws ProgramExit.
     */
    public ProgramExit fatal(String text) {
        end(2, text);
        throw ProgramExit.INSTANCE;
    }

    /**
     * Go's {@code fatal error: MSG}, a blank line and g's traceback, exit 2 (what a {@link FatalError}
     * escaping a goroutine does too). Always throws ProgramExit.
     */
    public ProgramExit fatalError(Goroutine g, String message) {
        end(2, fatalErrorText(g, message));
        throw ProgramExit.INSTANCE;
    }

    private static String fatalErrorText(Goroutine g, String message) {
        return "fatal error: " + message + "\n\n" + g.traceback("running");
    }

    private static String defaultPanicText(Goroutine g, GoPanic p) {
        return "panic: " + p.value() + "\n\n" + g.traceback("running");
    }

    /** Whether the program has ended. */
    public boolean terminated() {
        return terminated;
    }

    /**
     * Ends the run with this exit code from outside the program's control flow, as a signal's default
     * action ends a Go program (a write to a broken stdout, say): like {@link #exit} but without
     * throwing, so that a caller in the middle of printing can decide. True if this call ended the run,
     * false if it was already ending.
     */
    public boolean die(int code) {
        return end(code, null);
    }

    private boolean end(int code, String text) {
        if (!ending.compareAndSet(false, true)) {
            return false;
        }
        if (text != null) {
            stderr.print(text);
            stderr.flush();
        }
        exitCode = code;
        terminated = true;
        Timers t = timers;
        if (t != null) {
            t.shutdown();
        }
        for (Goroutine g : live.snapshot()) {
            Thread th = g.thread;
            if (th != null) {
                LockSupport.unpark(th);
            }
        }
        ended.countDown();
        return true;
    }

    private void awaitThreads(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (Goroutine g : live.snapshot()) {
            Thread th = g.thread;
            long left = deadline - System.nanoTime();
            // A goroutine blocked reading stdin cannot be woken; the program is over anyway.
            if (th == null || th == Thread.currentThread() || left <= 0 || "syscall".equals(g.waitReason())) {
                continue;
            }
            LockSupport.unpark(th);
            try {
                th.join(java.time.Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---------------------------------------------------------------- parking and waking

    /**
     * Blocks the calling goroutine (w's) until someone {@link #wake}s w. reason is the wait reason Go
     * prints ("chan receive", "sync.Mutex.Lock", ...). The caller has already made w findable by its
     * wakers (enqueued it under their lock) and holds no lock. Throws ProgramExit if the program ends.
     */
    public void park(Waiter w, String reason) {
        Goroutine g = w.g;
        if (awaitUncommitted(w) || !commitPark(g, w, reason)) {
            // woken while still counted active: nothing to undo
            w.resumed = true;
            if (terminated) {
                throw ProgramExit.INSTANCE;
            }
            return;
        }
        decrementActive();
        // The check after parking is a bytecode of its own, not the loop's entry check: when many goroutines
        // park before any wakes (1,000,000 blocked on one channel), a shared check has only ever seen "not
        // done", C2 compiles its exit as a trap, and every parked goroutine's frozen frame deoptimizes when
        // it wakes (bench/blocked: 600,000 deoptimizations, ~15 s).
        if (!w.isDone()) {
            do {
                if (terminated) {
                    throw ProgramExit.INSTANCE;
                }
                if (g.cancelled && w.claim(CANCELLED)) {
                    // runnable again (counted as a wake would) until its goroutine wrapper ends it
                    g.setWaitReason(null);
                    active.incrementAndGet();
                    throw ProgramExit.INSTANCE;
                }
                LockSupport.park(w);
            } while (!w.isDone());
        }
        w.resumed = true;
        g.setWaitReason(null);
        if (terminated) {
            throw ProgramExit.INSTANCE;
        }
    }

    /** Makes g's wait visible (wait reason, then the state wakers see); false if w was woken first. */
    private static boolean commitPark(Goroutine g, Waiter w, String reason) {
        g.setWaitReason(reason);
        if (w.commitPark()) {
            return true;
        }
        g.setWaitReason(null);
        return false;
    }

    /**
     * Spin iterations before parking (about 4 us of Thread.onSpinWait here), as many as the JDK's
     * SynchronousQueue spins. A partner running on another core answers a warm hand-off within 8-13 on
     * average, but while the JIT is still compiling the hand-off path a partner takes longer, and a spin
     * that runs out costs a park and an unpark through the OS. 48 spins were chosen when a hand-off went
     * through the channel's lock (fanin: a successful spin took ~47); since the lock-free slot, 128 gives
     * pingpong 777 -> 747 ms and its hand-off driver's cold first chunk a median of 415 -> 363 ms, with
     * fanin, sieve, workerpool and mutexmap unchanged (bench/RESULTS.md, session 7).
     */
    private static final int SPINS = 128;
    /** More active goroutines than cores: a spinner would hold a carrier that queued work needs. */
    private static final int SPIN_MAX_ACTIVE = Runtime.getRuntime().availableProcessors();

    /**
     * The waiter this scheduler last woke into a carrier's run queue (unparked, or woken while yielding),
     * and the thread that woke it. A hint only, written and read without synchronization: a goroutine that
     * finds it woke the last such partner, which has not resumed yet, assumes the partner waits in its own
     * carrier's queue (an unpark from a virtual thread queues on the current carrier). Kept apart from the
     * scheduler's read-mostly fields, which every park reads.
     */
    private static final class QueuedPartner {
        Waiter waiter;
        Thread wokenBy;
    }

    private final QueuedPartner queued = new QueuedPartner();

    private boolean partnerQueuedHere() {
        QueuedPartner q = queued;
        Waiter p = q.waiter;
        return p != null && q.wokenBy == Thread.currentThread() && !p.resumed;
    }

    private void noteQueued(Waiter w) {
        QueuedPartner q = queued;
        q.waiter = w;
        q.wokenBy = Thread.currentThread();
    }

    /**
     * Waits for w briefly while still counted active, when that can pay; true if w was woken meanwhile.
     * Only with as many active goroutines as cores or fewer (spinning holds the carrier queued work
     * needs) and at least one other (someone may complete w). If the partner this goroutine just woke is
     * queued on this very carrier, spinning cannot help: yielding lets it run here at once, and wakes no
     * idle carrier. Otherwise the partner runs on another core: spin. Parking and unparking cost a
     * carrier going idle and another being woken through the OS, several microseconds each.
     */
    private boolean awaitUncommitted(Waiter w) {
        long a = active.get();
        if (a < 2 || a > SPIN_MAX_ACTIVE) {
            return false;
        }
        // One yield, not several: four gave pingpong 1.14-1.22 s against 1.07, and a 5 s run in which both
        // carriers kept trading yields.
        if (partnerQueuedHere()) {
            w.queued = true;
            Thread.yield();
            w.queued = false;
            if (w.isDone()) {
                return true;
            }
        }
        for (int i = SPINS; i > 0; i--) {
            if (w.isDone()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return w.isDone();
    }

    /**
     * Wakes a parked (or parking) waiter. The caller has the exclusive right to do so (it dequeued w
     * under the lock w was queued with, and won {@link Waiter#claim} if w may be claimed by others) and
     * has written w's results. A waiter that has not committed to parking is still counted active and
     * only needs to see it is done; one that has is counted runnable again before the wake-up is
     * published, so the deadlock detector never sees a moment where nobody runs.
     */
    public void wake(Waiter w) {
        if (w.winner() == CANCELLED) {
            return; // its goroutine left (cancel); it counted itself runnable then
        }
        if (w.wakeUncommitted()) {
            if (w.queued) {
                noteQueued(w);
            }
            return;
        }
        long a = active.incrementAndGet();
        w.setWoken();
        if (a <= SPIN_MAX_ACTIVE) {
            noteQueued(w);
        }
        Thread t = w.g.thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Blocks g forever (nil channel operations, {@code select {}}) with the given wait reason: only the
     * end of the program (a deadlock report, typically) releases it, by throwing ProgramExit.
     */
    public ProgramExit blockForever(Goroutine g, String reason) {
        park(new Waiter(g), reason);
        throw new IllegalStateException("woke from a forever block");
    }

    /**
     * Brackets a blocking call outside Go's waits (reading stdin): the goroutine stays counted as able to
     * progress, so it never makes a deadlock, and tracebacks show it as [syscall].
     */
    public void enterSyscall(Goroutine g) {
        g.setWaitReason("syscall");
    }

    /** Ends {@link #enterSyscall}; throws ProgramExit if the program ended meanwhile. */
    public void exitSyscall(Goroutine g) {
        g.setWaitReason(null);
        g.checkTerminated();
    }

    /**
     * An event source outside the goroutines starts delivering into channels (os/signal.Notify, on its
     * first call): from now on the program is never deadlocked, as in Go, whose signal goroutine sits in a
     * syscall. Deliveries use {@link Channel#trySend}. Undone by {@link #releaseExternalWaker()}.
     */
    public void retainExternalWaker() {
        active.incrementAndGet();
    }

    /** Ends one {@link #retainExternalWaker()}. */
    public void releaseExternalWaker() {
        decrementActive();
    }

    /** runtime.NumGoroutine(). */
    public int numGoroutine() {
        return live.size();
    }

    /**
     * Lets other goroutines run before the caller blocks, if any other goroutine may be able to run; true
     * if it yielded. A select none of whose cases is ready would otherwise lock every channel, queue on
     * each and park, and its partners would take the locks again to find it: when the goroutines that
     * would make a case ready have been woken and wait in a carrier's run queue (bench/fanin's four
     * producers, each woken by the select that took its last value), a yield lets them run, and the select
     * then usually finds a sender in a slot. Go's scheduler gets there by running the woken goroutine next.
     */
    boolean yieldToOthers() {
        if (active.get() < 2) {
            return false;
        }
        Thread.yield();
        return true;
    }

    /** runtime.Gosched(): lets other goroutines run; throws ProgramExit if the program ended. */
    public void gosched(Goroutine g) {
        Thread.yield();
        g.checkTerminated();
    }

    // ---------------------------------------------------------------- deadlock detector

    void incrementActive() {
        active.incrementAndGet();
    }

    void decrementActive() {
        if (active.decrementAndGet() == 0) {
            checkDeadlock();
        }
    }

    private void checkDeadlock() {
        String report;
        global.lock();
        try {
            if (terminated || active.get() != 0) {
                return;
            }
            Timers t = timers;
            if (t != null && t.canWakeSomeone()) {
                return;
            }
            report = deadlockReport();
        } finally {
            global.unlock();
        }
        Session s = session;
        if (s != null) {
            s.allAsleep(report);
            return;
        }
        end(2, report);
    }

    private String deadlockReport() {
        StringBuilder sb = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        for (Goroutine g : live.snapshot()) {
            sb.append('\n').append(g.traceback());
        }
        return sb.toString();
    }

    /** The live goroutines in id order (for tests and debugging). */
    public List<Goroutine> goroutines() {
        return live.snapshot();
    }
}
