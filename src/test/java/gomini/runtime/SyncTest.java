package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.runtime.sync.Cond;
import gomini.runtime.sync.Mutex;
import gomini.runtime.sync.Once;
import gomini.runtime.sync.RWMutex;
import gomini.runtime.sync.WaitGroup;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncTest {
    private static void ok(Run r) {
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void mutexProtectsCounter() {
        long[] counter = new long[1];
        ok(Run.of(g -> {
            Mutex mu = new Mutex();
            WaitGroup wg = new WaitGroup();
            wg.add(g, 4);
            for (int i = 0; i < 4; i++) {
                Run.go(g, 5, g2 -> {
                    for (int k = 0; k < 5000; k++) {
                        mu.lock(g2);
                        counter[0]++;
                        mu.unlock(g2);
                    }
                    wg.done(g2);
                    return null;
                });
            }
            wg.await(g);
            assertTrue(mu.tryLock());
            assertFalse(mu.tryLock());
            return null;
        }));
        assertEquals(20000, counter[0]);
    }

    /** Unlock lets newcomers barge in, but a waiter is never starved by a goroutine that relocks at once. */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void waiterIsNotStarvedByAGoroutineThatRelocks() {
        AtomicInteger got = new AtomicInteger();
        ok(Run.of(g -> {
            Mutex mu = new Mutex();
            mu.lock(g);
            Goroutine w = Run.go(g, 5, g2 -> {
                mu.lock(g2);
                got.incrementAndGet();
                mu.unlock(g2);
                return null;
            });
            Run.awaitParked(w, "sync.Mutex.Lock");
            int rounds = 0;
            while (got.get() == 0) {
                mu.unlock(g);
                mu.lock(g);
                rounds++;
            }
            mu.unlock(g);
            assertTrue(rounds > 0);
            return null;
        }));
        assertEquals(1, got.get());
    }

    @Test
    void unlockOfUnlockedMutexIsFatal() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 7);
            new Mutex().unlock(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:7\n",
                r.stderr());
    }

    @Test
    void negativeWaitGroupPanicsWithString() {
        ok(Run.of(g -> {
            GoPanic p = assertThrows(GoPanic.class, () -> new WaitGroup().done(g));
            assertEquals(new Iface(Types.STRING, "sync: negative WaitGroup counter"), p.value());
            return null;
        }));
    }

    @Test
    void rwMutexWaitingWriterBlocksNewReaders() {
        List<String> events = new ArrayList<>();
        ok(Run.of(g -> {
            RWMutex rw = new RWMutex();
            rw.rLock(g);
            Goroutine writer = Run.go(g, 5, g2 -> {
                rw.lock(g2);
                synchronized (events) {
                    events.add("writer");
                }
                rw.unlock(g2);
                return null;
            });
            Run.awaitParked(writer, "sync.RWMutex.Lock");
            assertFalse(rw.tryRLock());
            Goroutine reader = Run.go(g, 6, g2 -> {
                rw.rLock(g2);
                synchronized (events) {
                    events.add("reader");
                }
                rw.rUnlock(g2);
                return null;
            });
            Run.awaitParked(reader, "sync.RWMutex.RLock");
            rw.rUnlock(g);
            rw.lock(g); // after both
            assertEquals(List.of("writer", "reader"), events);
            assertFalse(rw.tryLock());
            rw.unlock(g);
            assertTrue(rw.tryRLock());
            return null;
        }));
    }

    /** Every goroutine parked in Wait is released by the Done that reaches 0, and is counted out again. */
    @Test
    void waitGroupReleasesEveryWaiterThenIsReusable() {
        AtomicInteger released = new AtomicInteger();
        ok(Run.of(g -> {
            WaitGroup wg = new WaitGroup();
            wg.add(g, 1);
            List<Goroutine> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(Run.go(g, 5, g2 -> {
                    wg.await(g2);
                    released.incrementAndGet();
                    return null;
                }));
            }
            for (Goroutine w : waiting) {
                Run.awaitParked(w, "sync.WaitGroup.Wait");
            }
            assertEquals(0, released.get());
            wg.done(g);
            Run.await(() -> released.get() == 3);
            // nobody is counted as waiting any more: the next round trips through 0 wake nobody and block nobody
            wg.add(g, 2);
            wg.done(g);
            wg.done(g);
            wg.await(g);
            wg.add(g, 1);
            Goroutine late = Run.go(g, 6, g2 -> {
                wg.await(g2);
                released.incrementAndGet();
                return null;
            });
            Run.awaitParked(late, "sync.WaitGroup.Wait");
            wg.done(g);
            Run.await(() -> released.get() == 4);
            return null;
        }));
    }

    /** Add and Done pass through 0 many times while nobody waits; the counter stays exact. */
    @Test
    void waitGroupCounterThroughZeroWithoutWaiters() {
        ok(Run.of(g -> {
            WaitGroup wg = new WaitGroup();
            WaitGroup all = new WaitGroup();
            all.add(g, 4);
            for (int i = 0; i < 4; i++) {
                Run.go(g, 5, g2 -> {
                    for (int k = 0; k < 10_000; k++) {
                        wg.add(g2, 1);
                        wg.done(g2);
                    }
                    all.done(g2);
                    return null;
                });
            }
            all.await(g);
            wg.await(g); // 0: returns at once
            GoPanic p = assertThrows(GoPanic.class, () -> wg.done(g));
            assertEquals(new Iface(Types.STRING, "sync: negative WaitGroup counter"), p.value());
            return null;
        }));
    }

    @Test
    void onceRunsOnceAndLetsOthersWait() {
        AtomicInteger calls = new AtomicInteger();
        ok(Run.of(g -> {
            Once once = new Once();
            Channel release = new Channel(0, 0L);
            WaitGroup wg = new WaitGroup();
            wg.add(g, 3);
            Goroutine first = Run.go(g, 5, g2 -> {
                once.doOnce(g2, (g3, a) -> {
                    calls.incrementAndGet();
                    release.recv(g3);
                    return null;
                });
                wg.done(g2);
                return null;
            });
            Run.awaitParked(first, "chan receive");
            for (int i = 0; i < 2; i++) {
                Goroutine other = Run.go(g, 6, g2 -> {
                    once.doOnce(g2, (g3, a) -> {
                        calls.incrementAndGet();
                        return null;
                    });
                    wg.done(g2);
                    return null;
                });
                Run.awaitParked(other, "sync.Mutex.Lock");
            }
            release.send(g, 1L);
            wg.await(g);
            once.doOnce(g, (g3, a) -> {
                calls.incrementAndGet();
                return null;
            });
            return null;
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void condSignalAndBroadcast() {
        ok(Run.of(g -> {
            Mutex mu = new Mutex();
            Cond cond = new Cond(mu);
            int[] ready = new int[1];
            WaitGroup wg = new WaitGroup();
            wg.add(g, 3);
            for (int i = 0; i < 3; i++) {
                Run.go(g, 5, g2 -> {
                    mu.lock(g2);
                    while (ready[0] == 0) {
                        cond.await(g2);
                    }
                    ready[0]++;
                    mu.unlock(g2);
                    wg.done(g2);
                    return null;
                });
            }
            mu.lock(g);
            ready[0] = 1;
            cond.signal(g);
            cond.broadcast(g);
            mu.unlock(g);
            wg.await(g);
            assertEquals(4, ready[0]);
            return null;
        }));
    }

    @Test
    void condWaitNobodySignalsIsDeadlock() {
        Run r = Run.of(g -> {
            Mutex mu = new Mutex();
            Cond cond = new Cond(mu);
            mu.lock(g);
            cond.await(g);
            return null;
        });
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("goroutine 1 [sync.Cond.Wait]:"), r.stderr());
    }
}
