package gomini.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The goroutines of a run that have started and not yet finished. Every go statement adds one and every
 * goroutine's end removes it, so these two must be cheap: the goroutines are linked into intrusive lists
 * (two fields in {@link Goroutine}, no node objects), split into stripes by id so that a spawning goroutine
 * and exiting ones rarely meet on a lock. Whole-set reads (the deadlock report, the end of the program,
 * runtime.NumGoroutine) take each stripe's lock in turn: they are rare.
 */
final class LiveGoroutines {
    private static final int STRIPES = 64;

    private static final class Stripe {
        Goroutine head;
        int count;
    }

    private final Stripe[] stripes = new Stripe[STRIPES];

    LiveGoroutines() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    private Stripe stripe(Goroutine g) {
        return stripes[(int) (g.id() & (STRIPES - 1))];
    }

    void add(Goroutine g) {
        Stripe s = stripe(g);
        synchronized (s) {
            Goroutine h = s.head;
            g.nextLive = h;
            g.prevLive = null;
            if (h != null) {
                h.prevLive = g;
            }
            s.head = g;
            s.count++;
        }
    }

    void remove(Goroutine g) {
        Stripe s = stripe(g);
        synchronized (s) {
            Goroutine p = g.prevLive;
            Goroutine n = g.nextLive;
            if (p == null) {
                if (s.head != g) {
                    return; // not in the set
                }
                s.head = n;
            } else {
                p.nextLive = n;
            }
            if (n != null) {
                n.prevLive = p;
            }
            g.prevLive = null;
            g.nextLive = null;
            s.count--;
        }
    }

    int size() {
        int n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.count;
            }
        }
        return n;
    }

    /** The goroutines live now, in id order. */
    List<Goroutine> snapshot() {
        List<Goroutine> all = new ArrayList<>();
        for (Stripe s : stripes) {
            synchronized (s) {
                for (Goroutine g = s.head; g != null; g = g.nextLive) {
                    all.add(g);
                }
            }
        }
        all.sort(Comparator.comparingLong(Goroutine::id));
        return all;
    }
}
