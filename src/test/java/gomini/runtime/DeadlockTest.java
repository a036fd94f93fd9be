package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.runtime.sync.Mutex;
import gomini.runtime.sync.WaitGroup;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DeadlockTest {
    private static final String HEADER = "fatal error: all goroutines are asleep - deadlock!\n\n";

    @Test
    void mainReceivingWithNoSender() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 11);
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\nmain.main()\n\tprog.go:11\n", r.stderr());
    }

    /** Go 1.19 (GOMAXPROCS=1, normalized) prints the same goroutines, states, frames and created-by lines. */
    @Test
    void threeGoroutineCycleAndWaitGroup() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 10);
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(0, 0L);
            Channel c = new Channel(0, 0L);
            Channel[][] pairs = {{a, b}, {b, c}, {c, a}};
            for (int i = 0; i < 3; i++) {
                Channel in = pairs[i][0];
                Channel out = pairs[i][1];
                g.stack().setLine(14 + i);
                g.scheduler().go(g, "main.main", "cyc.go", 14 + i, (g2, args) -> {
                    g2.stack().push("main.pass", true, "cyc.go", 6);
                    Object v = in.recv(g2);
                    g2.stack().setLine(7);
                    out.send(g2, v);
                    return null;
                }, new Object[0]);
            }
            WaitGroup wg = new WaitGroup();
            wg.add(g, 1);
            g.stack().setLine(19);
            wg.await(g);
            return null;
        }, 5);
        assertEquals(2, r.exit());
        assertEquals(HEADER
                + "goroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\tprog.go:19\n\n"
                + "goroutine 5 [chan receive]:\nmain.pass(...)\n\tcyc.go:6\ncreated by main.main in goroutine 1\n\tcyc.go:14\n\n"
                + "goroutine 6 [chan receive]:\nmain.pass(...)\n\tcyc.go:6\ncreated by main.main in goroutine 1\n\tcyc.go:15\n\n"
                + "goroutine 7 [chan receive]:\nmain.pass(...)\n\tcyc.go:6\ncreated by main.main in goroutine 1\n\tcyc.go:16\n",
                r.stderr());
    }

    @Test
    void waitGroupNeverDone() {
        Run r = Run.of(g -> {
            WaitGroup wg = new WaitGroup();
            wg.add(g, 2);
            Run.go(g, 4, g2 -> {
                wg.done(g2);
                return null;
            });
            wg.await(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith(HEADER + "goroutine 1 [sync.WaitGroup.Wait]:\n"), r.stderr());
    }

    @Test
    void mutexLockedTwice() {
        Run r = Run.of(g -> {
            Mutex mu = new Mutex();
            mu.lock(g);
            mu.lock(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [sync.Mutex.Lock]:\n", r.stderr());
    }

    @Test
    void nilChannelOpsAndGoroutineExitLeavingMainBlocked() {
        Run r = Run.of(g -> {
            Run.go(g, 4, g2 -> {
                throw g2.scheduler().blockForever(g2, "chan send (nil chan)");
            });
            Goroutine quick = Run.go(g, 5, g2 -> null);
            Channel c = new Channel(0, 0L);
            c.recv(g);
            return quick;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\n\n"
                + "goroutine 6 [chan send (nil chan)]:\ncreated by main.main in goroutine 1\n\tprog.go:4\n", r.stderr());
    }

    /** 4 producers, 4 consumers on one buffered and one unbuffered channel: never a false deadlock. */
    @Test
    void producerConsumerStressHasNoFalseDeadlock() {
        stress(10_000, 2);
    }

    @RepeatedTest(500)
    void shortProducerConsumerRuns() {
        stress(20, 3);
    }

    private static void stress(int perProducer, int bufferOfSecond) {
        int producers = 4;
        int consumers = 4;
        AtomicIntegerArray seen = new AtomicIntegerArray(producers * perProducer);
        Run r = Run.of(g -> {
            Channel[] chans = {new Channel(0, 0L), new Channel(bufferOfSecond, 0L)};
            WaitGroup producing = new WaitGroup();
            WaitGroup consuming = new WaitGroup();
            producing.add(g, producers);
            consuming.add(g, consumers);
            for (int p = 0; p < producers; p++) {
                int base = p * perProducer;
                Channel out = chans[p % 2];
                Run.go(g, 10, g2 -> {
                    for (int i = 0; i < perProducer; i++) {
                        out.send(g2, (long) (base + i));
                    }
                    producing.done(g2);
                    return null;
                });
            }
            for (int c = 0; c < consumers; c++) {
                Channel in = chans[c % 2];
                Run.go(g, 20, g2 -> {
                    while (true) {
                        Object[] v = in.recvOk(g2);
                        if (!(Boolean) v[1]) {
                            break;
                        }
                        seen.incrementAndGet((int) (long) (Long) v[0]);
                    }
                    consuming.done(g2);
                    return null;
                });
            }
            producing.await(g);
            chans[0].close();
            chans[1].close();
            consuming.await(g);
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
        for (int i = 0; i < seen.length(); i++) {
            assertEquals(1, seen.get(i), "value " + i);
        }
    }

    @Test
    void sleepingGoroutinePreventsReportUntilItFinishes() {
        long[] woke = new long[1];
        Run r = Run.of(g -> {
            Channel never = new Channel(0, 0L);
            Run.go(g, 4, g2 -> {
                g2.scheduler().timers().sleep(g2, 30_000_000L);
                woke[0] = System.nanoTime();
                return null;
            });
            never.recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertTrue(woke[0] != 0, "reported before the sleeper woke");
        assertEquals(HEADER + "goroutine 1 [chan receive]:\n", r.stderr());
    }

    @Test
    void sleepingGoroutineThatSendsAvoidsDeadlock() {
        Run r = Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Run.go(g, 4, g2 -> {
                g2.scheduler().timers().sleep(g2, 20_000_000L);
                c.send(g2, 1L);
                return null;
            });
            c.recv(g);
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    private static final Supplier<Object> NOW = () -> "tick";

    @Test
    void stoppedTickerDoesNotHideDeadlock() {
        Run r = Run.of(g -> {
            GoTimer t = g.scheduler().timers().newTicker(1_000_000L, NOW);
            t.stop();
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\n", r.stderr());
    }

    /** Go would hang forever here; nobody can ever receive from the ticker, so we report. */
    @Test
    void runningTickerNobodyReadsDoesNotHideDeadlock() {
        Run r = Run.of(g -> {
            g.scheduler().timers().newTicker(1_000_000L, NOW);
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\n", r.stderr());
    }

    @Test
    void pendingTimerWithReceiverIsNotDeadlock() {
        Run r = Run.of(g -> {
            Channel c = g.scheduler().timers().after(20_000_000L, NOW);
            assertEquals("tick", c.recv(g));
            GoTimer t = g.scheduler().timers().newTimer(10_000_000L, NOW);
            Sel.Result s = Sel.select(g, false, Sel.recv(new Channel(0, 0L)), Sel.recv(t.channel()));
            assertEquals(1, s.index());
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void timerFiringIntoNoReceiverThenDeadlock() {
        // main waits on a channel only the timer's receiver would feed, while another goroutine waits
        // on the timer's channel: the firing wakes it, it exits, then everything is asleep.
        Run r = Run.of(g -> {
            Channel t = g.scheduler().timers().after(10_000_000L, NOW);
            Run.go(g, 4, g2 -> t.recv(g2));
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals(HEADER + "goroutine 1 [chan receive]:\n", r.stderr());
    }

    @Test
    void afterFuncKeepsProgramAlive() {
        Run r = Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Scheduler s = g.scheduler();
            s.timers().afterFunc(20_000_000L, () -> s.go(null, "time.goFunc", "time.go", 1, (g2, a) -> {
                c.send(g2, 9L);
                return null;
            }, new Object[0]));
            assertEquals((Object) 9L, c.recv(g));
            return null;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void stoppedAfterFuncDoesNotKeepProgramAlive() {
        Run r = Run.of(g -> {
            GoTimer t = g.scheduler().timers().afterFunc(5_000_000_000L, () -> { });
            assertTrue(t.stop());
            assertTrue(!t.stop());
            new Channel(0, 0L).recv(g);
            return null;
        });
        assertEquals(2, r.exit());
    }

    @Test
    void goroutineInSyscallIsNotAsleep() {
        Run r = Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Goroutine reader = Run.go(g, 4, g2 -> {
                g2.scheduler().enterSyscall(g2);
                Run.await(() -> c.len() == 0 && g.waitReason() != null); // "reading stdin" until main blocks
                g2.scheduler().exitSyscall(g2);
                c.send(g2, 1L);
                return null;
            });
            c.recv(g);
            return reader;
        });
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }
}
