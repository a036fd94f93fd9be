package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SelectTest {
    private static void ok(Run r) {
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void readyCasesAreChosenUniformly() {
        int[] counts = new int[3];
        ok(Run.of(g -> {
            Channel a = new Channel(1, 0L);
            Channel b = new Channel(1, 0L);
            Channel never = new Channel(0, 0L);
            Channel c = new Channel(1, 0L);
            for (int i = 0; i < 3000; i++) {
                if (a.len() == 0) a.send(g, 1L);
                if (b.len() == 0) b.send(g, 2L);
                if (c.len() == 0) c.send(g, 3L);
                Sel.Result s = Sel.select(g, false, Sel.recv(a), Sel.recv(never), Sel.recv(b), Sel.recv(c));
                int k = switch (s.index()) {
                    case 0 -> 0;
                    case 2 -> 1;
                    case 3 -> 2;
                    default -> throw new AssertionError("case " + s.index());
                };
                counts[k]++;
                assertEquals((long) (k + 1), s.value());
            }
            return null;
        }));
        for (int n : counts) {
            assertTrue(n > 850 && n < 1150, () -> java.util.Arrays.toString(counts));
        }
    }

    /**
     * Selects (as g) over n cases of which the ones in ready hold a value (buffered, refilled after each
     * select) and the ones in nil are nil channels, the rest never ready; asserts each ready case is chosen
     * about equally often (chi-square, p = 0.001).
     */
    private static void chooseAmong(Goroutine g, int n, Set<Integer> ready, Set<Integer> nil, int draws) {
        int[] counts = new int[n];
        Channel[] chans = new Channel[n];
        Sel.Case[] cases = new Sel.Case[n];
        for (int i = 0; i < n; i++) {
            chans[i] = nil.contains(i) ? null : new Channel(1, 0L);
            cases[i] = Sel.recv(chans[i]);
            if (ready.contains(i)) {
                chans[i].send(g, (long) i);
            }
        }
        for (int d = 0; d < draws; d++) {
            Sel.Result s = Sel.select(g, false, cases);
            assertTrue(ready.contains(s.index()), () -> "case " + s.index());
            assertEquals((long) s.index(), s.value());
            counts[s.index()]++;
            chans[s.index()].send(g, (long) s.index());
        }
        double expected = (double) draws / ready.size();
        double chi2 = 0;
        for (int i : ready) {
            chi2 += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        double[] limit = {Double.MAX_VALUE, 10.83, 13.82, 16.27}; // p = 0.001 for 1..3 degrees of freedom
        double c = chi2;
        assertTrue(c < limit[ready.size() - 1], () -> "chi2 " + c + " " + Arrays.toString(counts));
    }

    /**
     * The poll order is drawn lazily: which ready case comes first in it must not depend on where the
     * ready cases sit among the others (so the later digits of the order are uniform too), nor on nil cases.
     */
    @Test
    void anyReadySubsetIsChosenUniformly() {
        ok(Run.of(g -> {
            chooseAmong(g, 4, Set.of(0, 1, 2, 3), Set.of(), 8000);
            chooseAmong(g, 4, Set.of(2, 3), Set.of(), 4000);
            chooseAmong(g, 4, Set.of(0, 2), Set.of(), 4000);
            chooseAmong(g, 5, Set.of(0, 4), Set.of(2), 4000);
            chooseAmong(g, 6, Set.of(1, 3, 5), Set.of(0), 6000);
            chooseAmong(g, 5, Set.of(4), Set.of(0, 1), 200);
            // past 12 cases one draw per polled case; past 64 a whole permutation first
            chooseAmong(g, 20, Set.of(3, 11, 19), Set.of(5), 6000);
            chooseAmong(g, 70, Set.of(0, 40, 69), Set.of(1, 65), 6000);
            return null;
        }));
    }

    @Test
    void defaultWhenNothingReadyAndNilCasesIgnored() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Sel.Result s = Sel.select(g, true, Sel.recv(c), Sel.send(null, 1L));
            assertEquals(-1, s.index());
            Channel b = new Channel(1, 0L);
            s = Sel.select(g, true, Sel.recv(null), Sel.send(b, 4L));
            assertEquals(1, s.index());
            assertEquals((Object) 4L, b.recv(g));
            return null;
        }));
    }

    @Test
    void blockedSelectIsCompletedByOneCounterpartOnly() {
        ok(Run.of(g -> {
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(0, 0L);
            Channel out = new Channel(1, null);
            Goroutine sel = Run.go(g, 4, g2 -> {
                out.send(g2, Sel.select(g2, false, Sel.recv(a), Sel.recv(b)));
                return null;
            });
            Run.awaitParked(sel, "select");
            // Two senders race for the one select: exactly one is served, the other stays blocked.
            Goroutine sa = Run.go(g, 5, g2 -> {
                a.send(g2, 1L);
                return null;
            });
            Goroutine sb = Run.go(g, 6, g2 -> {
                b.send(g2, 2L);
                return null;
            });
            Sel.Result r = (Sel.Result) out.recv(g);
            Object other = r.index() == 0 ? b.recv(g) : a.recv(g);
            assertEquals(r.index() == 0 ? 1L : 2L, r.value());
            assertEquals(r.index() == 0 ? 2L : 1L, other);
            return null;
        }));
    }

    @Test
    void closeCompletesBlockedSelectReceive() {
        ok(Run.of(g -> {
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(0, 0L);
            Channel out = new Channel(1, null);
            Goroutine sel = Run.go(g, 4, g2 -> {
                out.send(g2, Sel.select(g2, false, Sel.recv(a), Sel.recv(b)));
                return null;
            });
            Run.awaitParked(sel, "select");
            b.close();
            Sel.Result r = (Sel.Result) out.recv(g);
            assertEquals(1, r.index());
            assertEquals((Object) 0L, r.value());
            assertFalse(r.ok());
            return null;
        }));
    }

    @Test
    void sendCaseOnClosedChannelPanics() {
        ok(Run.of(g -> {
            Channel a = new Channel(0, 0L);
            a.close();
            GoPanic p = assertThrows(GoPanic.class,
                    () -> Sel.select(g, false, Sel.send(a, 1L), Sel.recv(new Channel(0, 0L))));
            assertEquals("send on closed channel", p.value().toString());
            return null;
        }));
    }

    /** Selects on both sides (senders and receivers), values counted: none lost, none duplicated. */
    @Test
    void selectsNeverLoseOrDuplicateValues() {
        int producers = 4;
        int perProducer = 5000;
        AtomicIntegerArray seen = new AtomicIntegerArray(producers * perProducer);
        ok(Run.of(g -> {
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(2, 0L);
            Channel quit = new Channel(0, 0L);
            Channel done = new Channel(0, 0L);
            for (int p = 0; p < producers; p++) {
                int base = p * perProducer;
                Run.go(g, 10, g2 -> {
                    for (int i = 0; i < perProducer; i++) {
                        long v = base + i;
                        Sel.select(g2, false, Sel.send(a, v), Sel.send(b, v));
                    }
                    done.send(g2, 0L);
                    return null;
                });
            }
            for (int c = 0; c < 3; c++) {
                Run.go(g, 20, g2 -> {
                    while (true) {
                        Sel.Result s = Sel.select(g2, false, Sel.recv(a), Sel.recv(b), Sel.recv(quit));
                        if (s.index() == 2) {
                            done.send(g2, 0L);
                            return null;
                        }
                        seen.incrementAndGet((int) (long) (Long) s.value());
                    }
                });
            }
            for (int p = 0; p < producers; p++) {
                done.recv(g);
            }
            quit.close();
            for (int c = 0; c < 3; c++) {
                done.recv(g);
            }
            return null;
        }));
        for (int i = 0; i < seen.length(); i++) {
            assertEquals(1, seen.get(i), "value " + i);
        }
    }

    @Test
    void emptySelectBlocksForever() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 3);
            Sel.select(g, false);
            return null;
        });
        assertEquals(2, r.exit());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\n"
                + "main.main()\n\tprog.go:3\n", r.stderr());
    }

    @Test
    void selectOfNilChannelsOnlyBlocksAsSelect() {
        Run r = Run.of(g -> {
            Run.enter(g, "main.main", 5);
            Sel.select(g, false, Sel.recv(null), Sel.send(null, 1L));
            return null;
        });
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("goroutine 1 [select]:"), r.stderr());
    }
}
