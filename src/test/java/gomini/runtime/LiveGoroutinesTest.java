package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live set drops ended goroutines lazily, when a creator's array fills up; whatever moment it is read
 * at, it must hold exactly the goroutines that have not ended, in id order, and count them.
 */
class LiveGoroutinesTest {
    private final Scheduler scheduler = new Scheduler(System.err);

    private Goroutine goroutine(long id, long creator) {
        return new Goroutine(scheduler, id, null, creator);
    }

    @Test
    void endedGoroutinesLeaveAndTheRestStayInIdOrder() {
        LiveGoroutines live = new LiveGoroutines();
        List<Goroutine> expected = new ArrayList<>();
        List<Goroutine> all = new ArrayList<>();
        // Three creators, their adds interleaved with ends, so that arrays fill, compact and grow while
        // some of their goroutines are still live.
        for (int i = 0; i < 3_000; i++) {
            Goroutine g = goroutine(100 + i, i % 3);
            live.add(g);
            all.add(g);
            if (i % 7 == 3) {
                live.remove(all.get(i / 2));
            }
        }
        for (Goroutine g : all) {
            if (!g.ended) {
                expected.add(g);
            }
        }
        // size() counts without compacting; snapshot() compacts, and the count must survive that
        assertEquals(expected.size(), live.size());
        assertEquals(expected, live.snapshot());
        assertEquals(expected.size(), live.size());

        for (Goroutine g : expected) {
            live.remove(g);
        }
        assertEquals(0, live.size());
        assertEquals(List.of(), live.snapshot());
        assertEquals(0, live.size());

        Goroutine late = goroutine(99, 0);
        live.add(late);
        assertEquals(List.of(late), live.snapshot());
    }
}
