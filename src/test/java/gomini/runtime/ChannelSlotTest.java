package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * An unbuffered channel's slot ({@link Channel}'s class comment): the one waiting plain operation is taken
 * without the lock, and everything else meets it through the lock. These cases put a goroutine in the
 * slot and then reach it by each other way.
 */
class ChannelSlotTest {
    private static void ok(Run r) {
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    /** The first sender waits in the slot, the next ones in the queue behind it: served in that order. */
    @Test
    void sendersAreServedFifoAcrossSlotAndQueue() {
        List<Object> got = new ArrayList<>();
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            for (long i = 1; i <= 3; i++) {
                long v = i;
                Goroutine s = Run.go(g, 5, g2 -> {
                    c.send(g2, v);
                    return null;
                });
                Run.awaitParked(s, "chan send");
            }
            for (int i = 0; i < 3; i++) {
                got.add(c.recv(g));
            }
            return null;
        }));
        assertEquals(List.of(1L, 2L, 3L), got);
    }

    /**
     * A sender waiting in one case's slot and a value buffered in the other's: each is chosen about half
     * the time. (A poll that took the slot whenever it met it, and polled the buffered case under the lock
     * only after a fresh draw, would choose the slot three times in four.)
     */
    @Test
    void selectChoosesUniformlyBetweenSlotAndBuffer() {
        int[] counts = new int[2];
        AtomicInteger sent = new AtomicInteger();
        ok(Run.of(g -> {
            Channel slot = new Channel(0, 0L);
            Channel buffered = new Channel(1, 0L);
            Goroutine sender = Run.go(g, 5, g2 -> {
                while (true) {
                    slot.send(g2, 0L);
                    sent.incrementAndGet();
                }
            });
            buffered.send(g, 1L);
            for (int i = 0; i < 4000; i++) {
                // the sender's last send has returned (its wait reason cleared), and it waits again
                Run.await(() -> sent.get() == counts[0]);
                Run.awaitParked(sender, "chan send");
                Sel.Result s = Sel.select(g, false, Sel.recv(slot), Sel.recv(buffered));
                assertEquals((long) s.index(), s.value());
                counts[s.index()]++;
                if (s.index() == 1) {
                    buffered.send(g, 1L);
                }
            }
            return null;
        }));
        double chi2 = 0;
        for (int n : counts) {
            chi2 += (n - 2000.0) * (n - 2000.0) / 2000.0;
        }
        double c = chi2;
        assertTrue(c < 10.83, () -> "chi2 " + c + " " + java.util.Arrays.toString(counts)); // p = 0.001
    }

    /** A select's send case completes with a receiver waiting in the slot, without blocking. */
    @Test
    void selectSendTakesReceiverFromSlot() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Channel never = new Channel(0, 0L);
            Channel got = new Channel(1, 0L);
            Goroutine r = Run.go(g, 5, g2 -> {
                got.send(g2, c.recv(g2));
                return null;
            });
            Run.awaitParked(r, "chan receive");
            Sel.Result s = Sel.select(g, true, Sel.recv(never), Sel.send(c, 42L));
            assertEquals(1, s.index());
            assertEquals(42L, got.recv(g));
            return null;
        }));
    }

    /**
     * A receiver cancelled while it waits in the slot (the REPL's Ctrl-C) takes no value: the sender
     * that finds it there waits for the next receiver instead.
     */
    @Test
    void cancelledReceiverInTheSlotIsSkipped() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Goroutine gone = Run.go(g, 5, g2 -> c.recv(g2));
            Run.awaitParked(gone, "chan receive");
            g.scheduler().cancel(gone);
            Run.await(() -> !g.scheduler().goroutines().contains(gone));
            Goroutine sender = Run.go(g, 6, g2 -> {
                c.send(g2, 9L);
                return null;
            });
            Run.awaitParked(sender, "chan send");
            assertEquals(9L, c.recv(g));
            return null;
        }));
    }

    /**
     * Plain sends and receives (through the slot when they can) mixed with selects (always through the
     * lock) on the same unbuffered channels: every value arrives exactly once.
     */
    @Test
    void plainOperationsAndSelectsNeverLoseOrDuplicateValues() {
        int producers = 4;
        int perProducer = 5000;
        AtomicIntegerArray seen = new AtomicIntegerArray(producers * perProducer);
        ok(Run.of(g -> {
            Channel a = new Channel(0, 0L);
            Channel b = new Channel(0, 0L);
            Channel quit = new Channel(0, 0L);
            Channel done = new Channel(0, 0L);
            for (int p = 0; p < producers; p++) {
                int base = p * perProducer;
                boolean plain = p % 2 == 0;
                Run.go(g, 10, g2 -> {
                    for (int i = 0; i < perProducer; i++) {
                        long v = base + i;
                        if (plain) {
                            a.send(g2, v);
                        } else {
                            Sel.select(g2, false, Sel.send(a, v), Sel.send(b, v));
                        }
                    }
                    done.send(g2, 0L);
                    return null;
                });
            }
            for (int c = 0; c < 3; c++) {
                boolean plain = c == 0;
                Run.go(g, 20, g2 -> {
                    while (true) {
                        Object v;
                        if (plain) {
                            Object[] r = a.recvOk(g2);
                            if (!(Boolean) r[1]) {
                                done.send(g2, 0L);
                                return null;
                            }
                            v = r[0];
                        } else {
                            Sel.Result s = Sel.select(g2, false, Sel.recv(a), Sel.recv(b), Sel.recv(quit));
                            if (s.index() == 2) {
                                done.send(g2, 0L);
                                return null;
                            }
                            v = s.value();
                        }
                        seen.incrementAndGet((int) (long) (Long) v);
                    }
                });
            }
            for (int p = 0; p < producers; p++) {
                done.recv(g);
            }
            // Every value has been received. quit ends the selects first: a closed a would keep their
            // case a ready, with zero values that count as value 0 again.
            quit.close();
            done.recv(g);
            done.recv(g);
            a.close();
            done.recv(g);
            return null;
        }));
        for (int i = 0; i < seen.length(); i++) {
            assertEquals(1, seen.get(i), "value " + i);
        }
    }
}
