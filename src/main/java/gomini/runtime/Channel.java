package gomini.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Go channel (a non-nil {@code chan T}; a nil channel is Java null and the interpreter handles it with
 * {@link Scheduler#blockForever}).
 *
 * <p>Semantics are Go's: an unbuffered channel is a rendezvous; a buffered one is a FIFO of {@link #cap()}
 * values; blocked senders and receivers are served first come, first served; a sender that finds a
 * waiting receiver hands it the value directly. {@link #close} wakes every receiver (zero value, ok false
 * once the buffer is drained) and every blocked sender, which then panics, as do later senders.
 *
 * <p>One lock per channel; no lock is held while a goroutine is parked. Values are stored as given: the
 * caller passes a value already copied with {@link Values#copy} (channels own what they buffer).
 *
 * <h2>The slot</h2>
 * An unbuffered channel between two goroutines (a ping-pong, a pipeline stage) has at most one goroutine
 * waiting on it at a time, and for that case {@link #state} works without the lock, as a dual slot: null
 * (open, nobody waits, nothing queued), or the one plain send or receive that waits (its {@link Waiter}).
 * A send that finds a receiver there takes it with one CAS and hands it the value; one that finds null
 * puts its own waiter there with one CAS and parks; receives likewise. Everything else takes the lock:
 * buffered channels, select (which may take a slot's waiter first, see {@link Select}), close, a second
 * waiter, and the operations that meet {@link #SLOW} (queued waiters, a buffer, closed) or {@link #LOCKED}.
 *
 * <p>The lock's holder first moves the slot's waiter, if any, to its queue and leaves {@code LOCKED} in its
 * place, so under the lock the queues are the whole truth as before. On unlock the slot becomes null if
 * the queues are empty, the waiter again if one plain operation's is all they hold, else {@code SLOW}.
 * Hence null in the slot always means the queues are empty, and the slot's waiter is always the oldest:
 * FIFO holds across both paths. The waiter taken from the slot is claimed like a queued one
 * ({@link Waiter#claim}), so a goroutine cancelled while parked there is skipped.
 *
 * <p>Measured with bench/handoff's driver, 250,000 round trips a chunk once warm: through the lock and
 * its queues 121-160 ms a chunk, through the slot 90-108 ms; two SynchronousQueues took 66-84 ms in the
 * same minutes.
 */
public final class Channel {
    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Channel.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@link #state}: take the lock (waiters queued, a buffer, or closed). */
    private static final Object SLOW = new Object();
    /** {@link #state}: the lock's holder has taken over the slot. */
    private static final Object LOCKED = new Object();

    /** Orders the locks a select takes. */
    final long id = IDS.incrementAndGet();
    private final ReentrantLock mu = new ReentrantLock();
    private final Object zero;
    private final Object[] buf;
    private int head;
    private int count;
    private boolean closed;
    final WaitQueue recvq = new WaitQueue();
    final WaitQueue sendq = new WaitQueue();
    /** The slot (see the class comment): null, a waiting plain send's or receive's Waiter, SLOW or LOCKED. */
    @SuppressWarnings("unused") // accessed through STATE
    private volatile Object state;

    /**
     * make(chan T, capacity). zero is T's zero value, returned by receives from a closed channel (the
     * interpreter copies it on store like any received value). The caller has checked capacity (Go panics
     * with {@code makechan: size out of range} for a negative one).
     */
    public Channel(int capacity, Object zero) {
        this.buf = new Object[capacity];
        this.zero = zero;
        if (capacity > 0) {
            STATE.setRelease(this, SLOW);
        }
    }

    /**
     * What {@link #sendNowLocked} and {@link #recvNowLocked} return when the operation completed and nobody
     * needs waking; otherwise they return the claimed counterpart, which the caller wakes with
     * {@link #wake} once it has released the lock (waking schedules a thread: no reason to hold the lock
     * meanwhile, and the woken goroutine's next operation on this channel would find it taken).
     */
    static final Waiter DONE = new Waiter(null);

    /** Wakes what an operation under the lock returned (nothing for DONE). */
    static void wake(Waiter w) {
        if (w != DONE) {
            w.g.scheduler().wake(w);
        }
    }

    /** Send statement {@code ch <- v}: blocks until delivered; panics {@code send on closed channel}. */
    public void send(Goroutine g, Object v) {
        Waiter w = null;
        for (;;) {
            Object s = state;
            if (s == null) {
                if (w == null) {
                    w = new Waiter(g, v);
                }
                if (STATE.compareAndSet(this, null, w)) {
                    parkSender(g, w);
                    return;
                }
            } else if (s instanceof Waiter r && !r.sends) {
                if (take(r, true, v, null)) {
                    return;
                }
            } else {
                break;
            }
        }
        sendLocked(g, v);
    }

    private void sendLocked(Goroutine g, Object v) {
        lock();
        Waiter w;
        Waiter done;
        try {
            done = sendNowLocked(v);
            if (done == null) {
                w = new Waiter(g, v);
                sendq.add(w);
            } else {
                w = null;
            }
        } finally {
            unlock();
        }
        if (done != null) {
            wake(done);
            return;
        }
        parkSender(g, w);
    }

    private static void parkSender(Goroutine g, Waiter w) {
        g.scheduler().park(w, "chan send");
        if (!w.ok) {
            throw GoPanic.plain("send on closed channel");
        }
    }

    /** Receive expression {@code <-ch}: blocks until a value arrives; the zero value once closed and drained. */
    public Object recv(Goroutine g) {
        return recvWaiter(g).value;
    }

    /** Comma-ok receive {@code v, ok := <-ch}: returns {@code {value, Boolean ok}}. */
    public Object[] recvOk(Goroutine g) {
        Waiter w = recvWaiter(g);
        return new Object[] {w.value, w.ok};
    }

    /**
     * A receive whose value and ok the caller reads from the returned waiter ({@link Waiter#value()},
     * {@link Waiter#ok()}): a range loop's, which would otherwise box both into an array every iteration.
     */
    public Waiter recvWaiter(Goroutine g) {
        Waiter w = new Waiter(g);
        recvInto(w);
        return w;
    }

    /** Receives into w, a fresh waiter of the receiving goroutine: its value and ok once this returns. */
    void recvInto(Waiter w) {
        for (;;) {
            Object s = state;
            if (s == null) {
                if (STATE.compareAndSet(this, null, w)) {
                    w.g.scheduler().park(w, "chan receive");
                    return;
                }
            } else if (s instanceof Waiter r && r.sends) {
                if (take(r, false, null, w)) {
                    return;
                }
            } else {
                break;
            }
        }
        Waiter done;
        lock();
        try {
            done = recvNowLocked(w);
            if (done == null) {
                recvq.add(w);
            }
        } finally {
            unlock();
        }
        if (done != null) {
            wake(done);
            return;
        }
        w.g.scheduler().park(w, "chan receive");
    }

    /**
     * Completes the plain operation r that waits in the slot, by a send of v (send) or a receive into w
     * (the receiving goroutine's waiter, of which only the value and ok are written); false if r had left
     * the slot meanwhile, or was cancelled.
     */
    private boolean take(Waiter r, boolean send, Object v, Waiter w) {
        if (!STATE.compareAndSet(this, r, null) || !r.claim(0)) {
            return false;
        }
        if (send) {
            r.value = v;
        } else {
            w.value = r.value;
            w.ok = true;
        }
        r.ok = true;
        wake(r);
        return true;
    }

    /** {@link #trySlot}: the operation completed with the goroutine that waited in the slot. */
    static final int TAKEN = 0;
    /** {@link #trySlot}: the operation would block (nobody waits, or only the same way round). */
    static final int WOULD_BLOCK = 1;
    /** {@link #trySlot}: only the lock can tell (a buffer, queued waiters, closed, or the lock is held). */
    static final int UNKNOWN = 2;

    /**
     * A select's case, tried without the lock: a send of v (send) or a receive into w completes if a
     * plain operation the other way round waits in the slot.
     */
    int trySlot(boolean send, Object v, Waiter w) {
        for (;;) {
            Object s = state;
            if (s == null) {
                return WOULD_BLOCK;
            }
            if (!(s instanceof Waiter r)) {
                return UNKNOWN;
            }
            if (r.sends == send) {
                return WOULD_BLOCK;
            }
            if (take(r, send, v, w)) {
                return TAKEN;
            }
        }
    }

    /**
     * Non-blocking send (a timer or ticker firing): delivers to a waiting receiver or into the buffer,
     * else drops the value and returns false. Never panics (timer channels are never closed).
     */
    public boolean trySend(Object v) {
        Waiter done;
        lock();
        try {
            done = closed ? null : sendNowLocked(v);
        } finally {
            unlock();
        }
        if (done == null) {
            return false;
        }
        wake(done);
        return true;
    }

    /** close(ch): panics {@code close of closed channel} (a nil channel is the interpreter's case). */
    public void close() {
        lock();
        try {
            if (closed) {
                throw GoPanic.plain("close of closed channel");
            }
            closed = true;
            WaitQueue.Node n;
            while ((n = recvq.pollClaim()) != null) {
                n.waiter.value = zero;
                n.waiter.ok = false;
                n.waiter.g.scheduler().wake(n.waiter);
            }
            while ((n = sendq.pollClaim()) != null) {
                n.waiter.ok = false;
                n.waiter.g.scheduler().wake(n.waiter);
            }
        } finally {
            unlock();
        }
    }

    /**
     * Spins before queueing on a held lock. What is done under a channel's lock takes tens of nanoseconds
     * (close, which wakes every waiter under it, is the exception: then the spin ends in the queue as
     * before), while a virtual thread that queues on a ReentrantLock parks: its carrier switches
     * to other work, and the unlock puts it on the releasing goroutine's carrier, so a pair of goroutines
     * that had settled on two carriers, handing values over by spinning, end up sharing one. Two goroutines
     * trading values contend for the same channel's lock all the time (each wakes the other, then both go
     * for the next channel). Spinning cannot wait for long: the holder is running (no goroutine parks
     * while holding a channel lock), so it is at most its carrier being descheduled. 256 spin-waits, about
     * 8 us here. Measured with Java drivers of the runtime (no interpreter), medians of 250,000-round-trip
     * chunks once warm: two goroutines trading values 149 -> 135 ms (42 chunks each; 300 spins gave 141
     * against 158, 1,000 spins 145); four senders into one receiver 102-105 -> 93-95 ms.
     */
    private static final int LOCK_SPINS = 256;

    /**
     * Takes this channel's lock (spinning first, see {@link #LOCK_SPINS}), then the slot: a waiter there
     * goes to its queue, which is empty (a waiter is only put in the slot when both queues are empty, and
     * nothing is queued without taking the slot first).
     */
    void lock() {
        ReentrantLock m = mu;
        if (!m.tryLock()) {
            spinLock(m);
        }
        Object s;
        // Only a lock holder writes SLOW or LOCKED, so the loop ends at once unless an operation
        // without the lock changes the slot between the read and the CAS.
        while ((s = state) != SLOW && !STATE.compareAndSet(this, s, LOCKED)) {
            Thread.onSpinWait();
        }
        if (s instanceof Waiter w) {
            (w.sends ? sendq : recvq).add(w);
        }
    }

    private static void spinLock(ReentrantLock m) {
        for (int i = LOCK_SPINS; i > 0; i--) {
            Thread.onSpinWait();
            if (m.tryLock()) {
                return;
            }
        }
        m.lock();
    }

    /**
     * Leaves the slot to operations without the lock again: empty if nothing is queued, buffered or
     * closed, and holding the one plain operation still queued if that is all there is (a select that
     * serves several busy channels through the lock would otherwise leave each SLOW for as long as it
     * kept one sender queued, and itself polling under the locks).
     */
    void unlock() {
        Object next = SLOW;
        if (!closed && buf.length == 0) {
            if (sendq.isEmpty()) {
                next = slotFor(recvq);
            } else if (recvq.isEmpty()) {
                next = slotFor(sendq);
            }
        }
        if (state != next) {
            // A release store is enough: an operation that still reads LOCKED takes the lock, and waits.
            STATE.setRelease(this, next);
        }
        mu.unlock();
    }

    /** What the slot holds when q is the only queue with nodes in it (see {@link #unlock}). */
    private static Object slotFor(WaitQueue q) {
        if (q.isEmpty()) {
            return null;
        }
        // A select's nodes are plain Nodes; a plain send's or receive's is its Waiter.
        if (q.sole() instanceof Waiter w) {
            q.remove(w);
            return w;
        }
        return SLOW;
    }

    /** len(ch): values buffered now. */
    public int len() {
        if (buf.length == 0) {
            return 0;
        }
        lock();
        try {
            return count;
        } finally {
            unlock();
        }
    }

    /** cap(ch). */
    public int cap() {
        return buf.length;
    }

    /** Whether some goroutine is blocked receiving here (the deadlock detector asks for timer channels). */
    boolean hasWaitingReceiver() {
        lock();
        try {
            return recvq.hasLive();
        } finally {
            unlock();
        }
    }

    /**
     * Lock held. Sends v now if a receiver waits or the buffer has room, returning the receiver to wake
     * (or {@link #DONE}); null if the send would block. Throws {@code send on closed channel}.
     */
    Waiter sendNowLocked(Object v) {
        if (closed) {
            throw GoPanic.plain("send on closed channel");
        }
        WaitQueue.Node r = recvq.pollClaim();
        if (r != null) {
            r.waiter.value = v;
            r.waiter.ok = true;
            return r.waiter;
        }
        if (count < buf.length) {
            int tail = head + count;
            buf[tail >= buf.length ? tail - buf.length : tail] = v;
            count++;
            return DONE;
        }
        return null;
    }

    /**
     * Lock held. Receives into w (value, ok) if a value is available or the channel is closed, returning
     * the sender to wake (or {@link #DONE}); null if the receive would block.
     */
    Waiter recvNowLocked(Waiter w) {
        if (count > 0) {
            w.value = buf[head];
            w.ok = true;
            WaitQueue.Node s = sendq.pollClaim();
            if (s != null) {
                // The buffer is full (a sender waited): its value takes the slot just freed, keeping FIFO.
                buf[head] = s.value;
                head = head + 1 == buf.length ? 0 : head + 1;
                s.waiter.ok = true;
                return s.waiter;
            }
            buf[head] = null;
            head = head + 1 == buf.length ? 0 : head + 1;
            count--;
            return DONE;
        }
        WaitQueue.Node s = sendq.pollClaim();
        if (s != null) {
            w.value = s.value;
            w.ok = true;
            s.waiter.ok = true;
            return s.waiter;
        }
        if (closed) {
            w.value = zero;
            w.ok = false;
            return DONE;
        }
        return null;
    }

    @Override
    public String toString() {
        return "chan#" + id;
    }
}
