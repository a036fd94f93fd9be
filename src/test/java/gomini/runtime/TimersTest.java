package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimersTest {
    private static void ok(Run r) {
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void timerStopAndResetReturnGoBooleans() {
        ok(Run.of(g -> {
            Timers timers = g.scheduler().timers();
            GoTimer t = timers.newTimer(10_000_000_000L, () -> "t");
            assertTrue(t.stop());
            assertFalse(t.stop());
            assertFalse(t.reset(1_000_000L));
            assertEquals("t", t.channel().recv(g));
            assertFalse(t.stop());
            assertFalse(t.reset(10_000_000_000L));
            assertTrue(t.reset(1_000_000L));
            assertEquals("t", t.channel().recv(g));
            return null;
        }));
    }

    @Test
    void tickerTicksRepeatedlyAndDropsWhenFull() {
        AtomicLong made = new AtomicLong();
        ok(Run.of(g -> {
            GoTimer ticker = g.scheduler().timers().newTicker(2_000_000L, made::incrementAndGet);
            long prev = 0;
            for (int i = 0; i < 3; i++) {
                long v = (Long) ticker.channel().recv(g);
                assertTrue(v > prev);
                prev = v;
            }
            g.scheduler().timers().sleep(g, 20_000_000L);
            assertEquals(1, ticker.channel().len()); // ticks while nobody read were dropped
            ticker.stop();
            return null;
        }));
        assertTrue(made.get() >= 4);
    }

    @Test
    void externalWakerKeepsProgramAlive() {
        ok(Run.of(g -> {
            Scheduler s = g.scheduler();
            Channel sig = new Channel(1, null);
            s.retainExternalWaker();
            Thread signaller = new Thread(() -> {
                Run.awaitParked(g, "chan receive");
                sig.trySend("SIGINT");
            });
            signaller.start();
            assertEquals("SIGINT", sig.recv(g));
            return null;
        }));
    }
}
