package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A goroutine that spawns in a loop outruns the carriers running what it spawns; the scheduler makes it
 * yield once a few hundred are waiting to start, so they do not pile up by the hundred thousand
 * (bench/spawn: 2.4 s and 560 MiB with the pile, 1.0-1.2 s and 155 MiB without). Without the yield
 * this test saw 27,000-92,000 made and not yet finished (4 runs).
 */
class SpawnBacklogTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSpawningLoopLetsItsGoroutinesRunBeforeTheyPileUp() {
        int n = 200_000;
        AtomicLong ran = new AtomicLong();
        long[] peak = new long[1];
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 1);
            for (int i = 0; i < n; i++) {
                Run.go(g, 2, g2 -> {
                    ran.incrementAndGet();
                    return null;
                });
                // made and not finished: those waiting to start, and the few running
                peak[0] = Math.max(peak[0], i + 1 - ran.get());
            }
            Run.await(() -> ran.get() == n);
            return null;
        });
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(n, ran.get());
        assertTrue(peak[0] < 8 * 1024, "goroutines made and not finished peaked at " + peak[0]);
    }
}
