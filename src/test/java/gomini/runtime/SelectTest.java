package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                Selected s = Select.select(g, new SelectCase[] {
                    SelectCase.recv(a), SelectCase.recv(never), SelectCase.recv(b), SelectCase.recv(c)}, false);
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

    @Test
    void defaultWhenNothingReadyAndNilCasesIgnored() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Selected s = Select.select(g, new SelectCase[] {SelectCase.recv(c), SelectCase.send(null, 1L)}, true);
            assertEquals(-1, s.index());
            Channel b = new Channel(1, 0L);
            s = Select.select(g, new SelectCase[] {SelectCase.recv(null), SelectCase.send(b, 4L)}, true);
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
                out.send(g2, Select.select(g2, new SelectCase[] {SelectCase.recv(a), SelectCase.recv(b)}, false));
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
            Selected r = (Selected) out.recv(g);
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
                out.send(g2, Select.select(g2, new SelectCase[] {SelectCase.recv(a), SelectCase.recv(b)}, false));
                return null;
            });
            Run.awaitParked(sel, "select");
            b.close();
            Selected r = (Selected) out.recv(g);
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
            GoPanic p = assertThrows(GoPanic.class, () -> Select.select(g,
                    new SelectCase[] {SelectCase.send(a, 1L), SelectCase.recv(new Channel(0, 0L))}, false));
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
                        Select.select(g2, new SelectCase[] {SelectCase.send(a, v), SelectCase.send(b, v)}, false);
                    }
                    done.send(g2, 0L);
                    return null;
                });
            }
            for (int c = 0; c < 3; c++) {
                Run.go(g, 20, g2 -> {
                    while (true) {
                        Selected s = Select.select(g2, new SelectCase[] {
                            SelectCase.recv(a), SelectCase.recv(b), SelectCase.recv(quit)}, false);
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
            Select.select(g, new SelectCase[0], false);
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
            Select.select(g, new SelectCase[] {SelectCase.recv(null), SelectCase.send(null, 1L)}, false);
            return null;
        });
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("goroutine 1 [select]:"), r.stderr());
    }
}
