package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TerminationTest {
    @Test
    void mainReturningAbandonsBlockedAndRunningGoroutines() {
        AtomicBoolean loopStopped = new AtomicBoolean();
        AtomicBoolean blockedStopped = new AtomicBoolean();
        Thread[] spinner = new Thread[1];
        AtomicBoolean spinning = new AtomicBoolean();
        Run r = Run.of(g -> {
            Goroutine blocked = Run.go(g, 3, g2 -> {
                try {
                    new Channel(0, 0L).recv(g2);
                } catch (ProgramExit e) {
                    blockedStopped.set(true);
                    throw e;
                }
                return null;
            });
            Run.go(g, 4, g2 -> {
                spinner[0] = Thread.currentThread();
                spinning.set(true);
                try {
                    while (true) {
                        g2.checkTerminated();
                        Thread.onSpinWait();
                    }
                } catch (ProgramExit e) {
                    loopStopped.set(true);
                    throw e;
                }
            });
            Run.awaitParked(blocked, "chan receive");
            Run.await(spinning::get);
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
        assertTrue(loopStopped.get());
        assertTrue(blockedStopped.get());
        assertFalse(spinner[0].isAlive());
    }

    @Test
    void osExitFromGoroutine() {
        Run r = Run.of(g -> {
            Run.go(g, 3, g2 -> {
                throw g2.scheduler().exit(3);
            });
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(3, r.exit());
    }

    @Test
    void unrecoveredPanicInGoroutineUsesPanicPrinter() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 9);
            Goroutine w = Run.go(g, 4, g2 -> {
                g2.stack().push("main.main.func1", false, "prog.go", 5);
                throw new GoPanic(new RuntimeError("boom", false));
            });
            new Channel(0, 0L).recv(g);
            return w;
        });
        assertEquals(2, r.exit());
        assertEquals("panic: boom\n\ngoroutine 6 [running]:\nmain.main.func1()\n\tprog.go:5\n"
                + "created by main.main in goroutine 1\n\tprog.go:4\n", r.stderr());
    }

    @Test
    void fatalPrintsTextOnceEvenIfTwoGoroutinesFail() {
        Run r = Run.of(g -> {
            Channel start = new Channel(0, 0L);
            for (int i = 0; i < 2; i++) {
                Run.go(g, 4, g2 -> {
                    start.recv(g2);
                    throw g2.scheduler().fatal("panic: first\n");
                });
            }
            start.close();
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals("panic: first\n", r.stderr());
    }

    @Test
    void sleepEndsWhenProgramEnds() {
        long t0 = System.nanoTime();
        Run r = Run.of(g -> {
            Run.go(g, 3, g2 -> {
                g2.scheduler().timers().sleep(g2, 60_000_000_000L);
                return null;
            });
            return null;
        });
        assertEquals(0, r.exit());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void goroutineIdsCountFromFirstId() {
        long[] ids = new long[2];
        Run.of(g -> {
            ids[0] = Run.go(g, 3, g2 -> null).id();
            ids[1] = Run.go(g, 4, g2 -> null).id();
            return null;
        }, 5);
        assertEquals(5, ids[0]);
        assertEquals(6, ids[1]);
    }
}
