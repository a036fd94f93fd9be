package gomini.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The goroutines of a run that have started and not yet finished. Every go statement adds one and every
 * goroutine's end removes it, and the two usually run on different cores: a spawning loop on one carrier,
 * what it spawned ending on the other. So neither writes anything the other writes. A goroutine is added
 * by its creator to the creator's stripe (an array only that creator's go statements append to, unless
 * creators share a stripe by their hash); it is removed by counting itself in its stripe's ended count,
 * which only ending goroutines write, and marking itself ended ({@link Goroutine#ended}, its own object).
 * Ended goroutines leave a stripe's array when it fills up: the adding creator compacts it and grows it
 * when more than half is still live, so an add costs O(1) amortized. Until then an ended goroutine's small
 * object stays referenced, as Go keeps every goroutine's descriptor for reuse.
 *
 * <p>{@link #size} (runtime.NumGoroutine) reads each stripe's length less its ended count. The deadlock
 * report and the end of the program take each stripe's lock in turn and skip the ended: they are rare. A
 * goroutine marks itself ended before it stops counting as runnable for the deadlock detector, whose
 * count's atomic update orders the mark before any report that follows.
 */
final class LiveGoroutines {
    private static final int STRIPE_BITS = 6;
    /** Longs between two stripes' ended counts: 128 bytes, so that no two share a cache line. */
    private static final int PAD = 16;

    /** Stripe i's count of goroutines that have ended and are still in its array is at (i + 1) * PAD. */
    private final AtomicLongArray endedCounts = new AtomicLongArray(((1 << STRIPE_BITS) + 1) * PAD);

    private final class Stripe {
        final int countAt;
        Goroutine[] items = new Goroutine[16];
        int size;

        Stripe(int index) {
            countAt = (index + 1) * PAD;
        }

        void add(Goroutine g) {
            if (size == items.length) {
                makeRoom();
            }
            items[size++] = g;
        }

        /** Drops the ended goroutines; doubles the array if it is still more than half full. */
        private void makeRoom() {
            compact();
            if (size > items.length / 2) {
                Goroutine[] bigger = new Goroutine[items.length * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
        }

        private void compact() {
            Goroutine[] a = items;
            int n = size;
            int kept = 0;
            for (int i = 0; i < n; i++) {
                Goroutine g = a[i];
                if (!g.ended) {
                    a[kept++] = g;
                }
            }
            for (int i = kept; i < n; i++) {
                a[i] = null;
            }
            size = kept;
            if (kept != n) {
                // Each was counted before it was marked ended: the count stays at least what the array holds.
                endedCounts.getAndAdd(countAt, kept - n);
            }
        }

        int live() {
            return size - (int) endedCounts.get(countAt);
        }
    }

    private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];

    LiveGoroutines() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe(i);
        }
    }

    /** The stripe of the goroutines g's creator makes (main's and those nobody made share one). */
    private Stripe stripe(Goroutine g) {
        // Hashed: creators with ids in a row (skynet's nodes) spread over the stripes.
        return stripes[(int) ((g.creatorId() * 0x9E3779B97F4A7C15L) >>> (64 - STRIPE_BITS))];
    }

    void add(Goroutine g) {
        Stripe s = stripe(g);
        synchronized (s) {
            s.add(g);
        }
    }

    /** g has ended; called by g's own thread. */
    void remove(Goroutine g) {
        endedCounts.getAndIncrement(stripe(g).countAt);
        g.ended = true;
    }

    int size() {
        int n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.live();
            }
        }
        return n;
    }

    /** The goroutines live now, in id order. */
    List<Goroutine> snapshot() {
        List<Goroutine> all = new ArrayList<>();
        for (Stripe s : stripes) {
            synchronized (s) {
                s.compact();
                for (int i = 0; i < s.size; i++) {
                    all.add(s.items[i]);
                }
            }
        }
        all.sort(LiveGoroutines::byId);
        return all;
    }

    private static int byId(Goroutine a, Goroutine b) {
        return Long.compare(a.id(), b.id());
    }
}
