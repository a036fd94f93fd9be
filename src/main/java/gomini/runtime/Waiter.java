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
 * winner before {@link Scheduler#wake} publishes them through the volatile {@code state}.
 */
public final class Waiter extends WaitQueue.Node {
    private static final VarHandle WINNER;
    private static final VarHandle STATE;
    /** {@link #state}: its goroutine has not yet committed to park (it may be spinning), and is still counted active. */
    private static final int WAITING = 0;
    /** Its goroutine has counted itself inactive and parks (or is about to). */
    private static final int PARKED = 1;
    /** Woken: the results are written. */
    private static final int WOKEN = 2;

    static {
        try {
            WINNER = MethodHandles.lookup().findVarHandle(Waiter.class, "winner", int.class);
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Goroutine g;
    @SuppressWarnings("unused") // accessed through WINNER
    private volatile int winner = -1;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    /** Set by its goroutine once running again after the wait (a scheduling hint, read without sync). */
    boolean resumed;
    /** Set by its goroutine while it yields during the wait, so sits in a run queue (a hint as well). */
    boolean queued;
    // The inherited value field is the received value (receives) or the value to send (a plain send, which
    // receives nothing): one field serves both.
    /** Receives: false for the zero value of a closed channel. Sends: false when woken by close. */
    boolean ok;
    /** A plain send's waiter (which way it waits, for a channel's {@link Channel lock-free slot}). */
    final boolean sends;

    public Waiter(Goroutine g) {
        this(g, null, false);
    }

    /** The waiter of a plain send of sendValue, queued as its own node. */
    Waiter(Goroutine g, Object sendValue) {
        this(g, sendValue, true);
    }

    private Waiter(Goroutine g, Object sendValue, boolean sends) {
        super(null, 0, sendValue, null);
        this.waiter = this;
        this.g = g;
        this.sends = sends;
    }

    public Goroutine goroutine() {
        return g;
    }

    /** What a completed receive (or select receive case) got: the value. */
    public Object value() {
        return value;
    }

    /** What a completed receive got: false for the zero value of a closed channel. */
    public boolean ok() {
        return ok;
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
        return (int) STATE.getVolatile(this) == WOKEN;
    }

    /**
     * The waiting goroutine commits to parking (before it counts itself inactive); false if it was woken
     * first, while it was still counted active, and so must not park.
     */
    boolean commitPark() {
        return STATE.compareAndSet(this, WAITING, PARKED);
    }

    /**
     * The waker's first step: wakes a waiter whose goroutine has not committed to parking (it is still
     * counted active and will see it is done). False if it has committed: then the waker counts it active
     * again and {@link #setWoken publishes} the wake-up itself.
     */
    boolean wakeUncommitted() {
        return (int) STATE.getVolatile(this) == WAITING && STATE.compareAndSet(this, WAITING, WOKEN);
    }

    void setWoken() {
        STATE.setVolatile(this, WOKEN);
    }
}
