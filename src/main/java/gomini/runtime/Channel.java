package gomini.runtime;

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
 */
public final class Channel {
    private static final AtomicLong IDS = new AtomicLong();

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

    /**
     * make(chan T, capacity). zero is T's zero value, returned by receives from a closed channel (the
     * interpreter copies it on store like any received value). The caller has checked capacity (Go panics
     * with {@code makechan: size out of range} for a negative one).
     */
    public Channel(int capacity, Object zero) {
        this.buf = new Object[capacity];
        this.zero = zero;
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
        g.scheduler().park(w, "chan send");
        if (!w.ok) {
            throw GoPanic.plain("send on closed channel");
        }
    }

    /** Receive expression {@code <-ch}: blocks until a value arrives; the zero value once closed and drained. */
    public Object recv(Goroutine g) {
        Waiter w = new Waiter(g);
        recvInto(w);
        return w.value;
    }

    /** Comma-ok receive {@code v, ok := <-ch}: returns {@code {value, Boolean ok}}. */
    public Object[] recvOk(Goroutine g) {
        Waiter w = new Waiter(g);
        recvInto(w);
        return new Object[] {w.value, w.ok};
    }

    /** Receives into w, a fresh waiter of the receiving goroutine: its value and ok once this returns. */
    void recvInto(Waiter w) {
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

    /** Takes this channel's lock (spinning first, see {@link #LOCK_SPINS}). */
    void lock() {
        ReentrantLock m = mu;
        if (m.tryLock()) {
            return;
        }
        for (int i = LOCK_SPINS; i > 0; i--) {
            Thread.onSpinWait();
            if (m.tryLock()) {
                return;
            }
        }
        m.lock();
    }

    void unlock() {
        mu.unlock();
    }

    /** len(ch): values buffered now. */
    public int len() {
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
