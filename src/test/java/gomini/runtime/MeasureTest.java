package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Measurements printed for the record; no timing assertions. */
class MeasureTest {
    @Test
    void pingPongRoundTrips() {
        int rounds = 100_000;
        long[] t = new long[2];
        Run r = Run.of(g -> {
            Channel ping = new Channel(0, 0L);
            Channel pong = new Channel(0, 0L);
            Run.go(g, 3, g2 -> {
                for (int i = 0; i < rounds; i++) {
                    pong.send(g2, ping.recv(g2));
                }
                return null;
            });
            t[0] = System.nanoTime();
            for (long i = 0; i < rounds; i++) {
                ping.send(g, i);
                pong.recv(g);
            }
            t[1] = System.nanoTime();
            return null;
        });
        assertEquals(0, r.exit());
        double ms = (t[1] - t[0]) / 1e6;
        System.out.printf("ping-pong: %d round trips in %.1f ms (%.2f us per round trip)%n", rounds, ms, ms * 1000 / rounds);
    }

    @Test
    void deadlockReportLatency() {
        long[] blocked = new long[1];
        long[] printed = new long[1];
        PrintStream err = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (printed[0] == 0) printed[0] = System.nanoTime();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (printed[0] == 0) printed[0] = System.nanoTime();
            }
        });
        Scheduler s = new Scheduler(err, 6, new java.util.Random(1));
        int code = s.runMain((g, a) -> {
            Channel c = new Channel(0, 0L);
            Goroutine other = Run.go(g, 4, g2 -> c.recv(g2));
            Run.awaitParked(other, "chan receive");
            blocked[0] = System.nanoTime();
            c.recv(g);
            return null;
        });
        assertEquals(2, code);
        System.out.printf("deadlock report printed %.1f us after the last goroutine started blocking%n",
                (printed[0] - blocked[0]) / 1e3);
    }
}
