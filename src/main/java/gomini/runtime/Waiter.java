package gomini.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One blocked operation of one goroutine (Go's sudog): a channel send or receive, a whole select, or a
 * wait in a sync primitive. It is parked with {@link Scheduler#park} and woken with {@link Scheduler#wake}.
 *
 * <p>A select puts one queue node per case on its channels, all pointing at the same Waiter; whoever
 * completes it first must win {@link #claim} (a CAS of the winning case index), so exactly one case
 * completes and no value is ever consumed by a case that then loses. The result fields are written by the
 * winner before {@link Scheduler#wake} publishes them through the volatile {@code done} flag.
 */
public final class Waiter extends WaitQueue.Node {
    private static final VarHandle WINNER;

    static {
        try {
            WINNER = MethodHandles.lookup().findVarHandle(Waiter.class, "winner", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Goroutine g;
    @SuppressWarnings("unused") // accessed through WINNER
    private volatile int winner = -1;
    volatile boolean done;
    // The inherited value field is the received value (receives) or the value to send (a plain send, which
    // receives nothing): one field serves both.
    /** Receives: false for the zero value of a closed channel. Sends: false when woken by close. */
    boolean ok;

    public Waiter(Goroutine g) {
        this(g, null);
    }

    /** The waiter of a plain send of sendValue, queued as its own node. */
    Waiter(Goroutine g, Object sendValue) {
        super(null, 0, sendValue, null);
        this.waiter = this;
        this.g = g;
    }

    public Goroutine goroutine() {
        return g;
    }

    /** Claims this waiter for case {@code index}; false if another case (or waker) already claimed it. */
    public boolean claim(int index) {
        return WINNER.compareAndSet(this, -1, index);
    }

    /** The case index that claimed this waiter, or -1 while unclaimed. */
    public int winner() {
        return (int) WINNER.getVolatile(this);
    }

    public boolean isDone() {
        return done;
    }
}
