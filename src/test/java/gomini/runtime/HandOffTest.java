package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The waiting fast paths of {@link Scheduler#park}: a goroutine with few others active first yields or
 * spins while still counted active, and a waker that finds it so only marks it done. Each test ends in a
 * deadlock on purpose: the report proves the count of active goroutines came out exact after many such
 * hand-offs (a count too high never reports, hence the timeouts; too low reports early, with the wrong
 * goroutines or states).
 */
class HandOffTest {
    private static final String HEADER = "fatal error: all goroutines are asleep - deadlock!\n\n";

    /** Two goroutines only: every wait is eligible for the fast paths. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pingPongHandsOffEveryValueThenDeadlocks() {
        long[] sum = new long[1];
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 10);
            Channel ping = new Channel(0, 0L);
            Channel pong = new Channel(0, 0L);
            Run.go(g, 11, g2 -> {
                g2.stack().push("main.echo", true, "prog.go", 5);
                while (true) {
                    long v = (Long) ping.recv(g2);
                    pong.send(g2, v + 1);
                }
            });
            for (long i = 0; i < 20_000; i++) {
                ping.send(g, i);
                sum[0] += (Long) pong.recv(g);
            }
            g.stack().setLine(12);
            pong.recv(g); // nobody will ever send: both goroutines are now blocked
            return null;
        });
        assertEquals(20_000L * 20_001 / 2, sum[0]);
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\nmain.main()\n\tprog.go:12\n\n"
                + "goroutine 6 [chan receive]:\nmain.echo(...)\n\tprog.go:5\ncreated by main.main in goroutine 1\n"
                + "\tprog.go:11\n", r.stderr());
    }

    /** A select completed by a sender while it spins or yields, and one that parks, alike. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void selectWokenWhileWaitingGetsEveryValueOnce() {
        long[] got = new long[3];
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 20);
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(0, 0L);
            Channel ack = new Channel(0, 0L);
            Run.go(g, 21, g2 -> {
                g2.stack().push("main.feed", true, "prog.go", 30);
                for (long i = 1; i <= 10_000; i++) {
                    (i % 2 == 0 ? a : b).send(g2, i);
                    ack.recv(g2);
                }
                g2.stack().setLine(31);
                ack.recv(g2);
                return null;
            });
            for (int i = 0; i < 10_000; i++) {
                Sel.Result s = Sel.select(g, false, Sel.recv(a), Sel.recv(b));
                got[s.index()] += (Long) s.value();
                got[2]++;
                ack.send(g, 0L);
            }
            g.stack().setLine(22);
            Sel.select(g, false, Sel.recv(a), Sel.recv(b));
            return null;
        });
        assertEquals(10_000, got[2]);
        assertEquals(5_001L * 5_000, got[0]); // the even values 2..10000
        assertEquals(5_000L * 5_000, got[1]); // the odd values 1..9999
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [select]:\nmain.main()\n\tprog.go:22\n\n"
                + "goroutine 6 [chan receive]:\nmain.feed(...)\n\tprog.go:31\ncreated by main.main in goroutine 1\n"
                + "\tprog.go:21\n", r.stderr());
    }

    /**
     * The last goroutine to block may still be spinning (counted active) when the other one blocks: the
     * report must come once it gives up, from its own park.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deadlockIsReportedWhenTheLastWaiterWasSpinning() {
        for (int round = 0; round < 200; round++) {
            Run r = Run.of(g -> {
                Run.enter(g, "main.main", 40);
                Channel c = new Channel(0, 0L);
                Channel never = new Channel(0, 0L);
                Run.go(g, 41, g2 -> {
                    g2.stack().push("main.f", true, "prog.go", 50);
                    c.send(g2, 1L);
                    never.recv(g2);
                    return null;
                });
                c.recv(g);
                g.stack().setLine(42);
                never.recv(g);
                return null;
            });
            assertEquals(2, r.exit());
            assertEquals(HEADER + "goroutine 1 [chan receive]:\nmain.main()\n\tprog.go:42\n\n"
                    + "goroutine 6 [chan receive]:\nmain.f(...)\n\tprog.go:50\ncreated by main.main in goroutine 1\n"
                    + "\tprog.go:41\n", r.stderr());
        }
    }

    /**
     * Every permutation of the poll order of a select of over 64 cases equally likely (chi-square, 23
     * degrees of freedom, shown on 4).
     */
    @Test
    void pollOrderIsAUniformPermutation() {
        Random random = new Random(7);
        int draws = 240_000;
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < draws; i++) {
            counts.merge(java.util.Arrays.toString(Select.pollOrder(4, random)), 1, Integer::sum);
        }
        assertEquals(24, counts.size(), counts::toString);
        double expected = draws / 24.0;
        double chi2 = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertTrue(chi2 < 49.7, () -> "chi2 " + chi2 + " " + counts); // p = 0.001
        int[] big = Select.pollOrder(70, random);
        assertEquals(70, java.util.Arrays.stream(big).distinct().filter(v -> v >= 0 && v < 70).count());
    }
}
