package gomini.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The goroutines of a run that have started and not yet finished. Every go statement adds one and every
 * goroutine's end removes it, and the two usually run on different cores: a spawning loop on one carrier,
 * what it spawned ending on the other. So neither writes anything the other writes. A goroutine is added
 * by its creator to the creator's stripe (an array only that creator's go statements append to, unless
 * creators share a stripe by their hash); it is removed by marking itself ended ({@link Goroutine#ended},
 * its own object). Ended goroutines leave a stripe's array when it fills up: the adding creator compacts
 * it and grows it when more than half is still live, so an add costs O(1) amortized. Until then an ended
 * goroutine's small object stays referenced, as Go keeps every goroutine's descriptor for reuse.
 *
 * <p>Whole-set reads (the deadlock report, the end of the program, runtime.NumGoroutine) take each
 * stripe's lock in turn and skip the ended: they are rare. A goroutine marks itself ended before it stops
 * counting as runnable for the deadlock detector, whose count's atomic update orders the mark before any
 * report that follows.
 */
final class LiveGoroutines {
    private static final int STRIPE_BITS = 6;

    private static final class Stripe {
        Goroutine[] items = new Goroutine[16];
        int size;

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
        }
    }

    private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];

    LiveGoroutines() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** Adds g, made by the goroutine with id creator (for main and goroutines nobody made, g's own id). */
    void add(Goroutine g, long creator) {
        // Fibonacci hashing: ids made in a row by one creator differ, yet its stripe stays the same.
        Stripe s = stripes[(int) ((creator * 0x9E3779B97F4A7C15L) >>> (64 - STRIPE_BITS))];
        synchronized (s) {
            s.add(g);
        }
    }

    /** g has ended; called by g's own thread. */
    void remove(Goroutine g) {
        g.ended = true;
    }

    int size() {
        int n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                s.compact();
                n += s.size;
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
