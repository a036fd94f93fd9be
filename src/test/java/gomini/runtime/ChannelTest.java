package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ChannelTest {
    private static void ok(Run r) {
        assertEquals("", r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void unbufferedSendWaitsForReceiver() {
        AtomicBoolean sent = new AtomicBoolean();
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Channel done = new Channel(0, 0L);
            Goroutine s = Run.go(g, 3, g2 -> {
                c.send(g2, 7L);
                sent.set(true);
                done.close();
                return null;
            });
            Run.awaitParked(s, "chan send");
            assertFalse(sent.get());
            assertEquals((Object) 7L, c.recv(g));
            done.recv(g);
            return null;
        }));
        assertTrue(sent.get());
    }

    @Test
    void receiverWaitingGetsValueHandedOver() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Channel done = new Channel(0, 0L);
            Goroutine r = Run.go(g, 3, g2 -> {
                done.send(g2, c.recv(g2));
                return null;
            });
            Run.awaitParked(r, "chan receive");
            c.send(g, 5L);
            assertEquals((Object) 5L, done.recv(g));
            return null;
        }));
    }

    @Test
    void bufferedIsFifoAndLenCap() {
        ok(Run.of(g -> {
            Channel c = new Channel(3, 0L);
            c.send(g, 1L);
            c.send(g, 2L);
            c.send(g, 3L);
            assertEquals(3, c.len());
            assertEquals(3, c.cap());
            assertEquals((Object) 1L, c.recv(g));
            c.send(g, 4L);
            assertEquals(List.of(2L, 3L, 4L), List.of(c.recv(g), c.recv(g), c.recv(g)));
            assertEquals(0, c.len());
            return null;
        }));
    }

    @Test
    void blockedSendersAreServedFifoAfterBuffer() {
        List<Object> got = new ArrayList<>();
        ok(Run.of(g -> {
            Channel c = new Channel(1, 0L);
            c.send(g, 0L);
            for (long i = 1; i <= 3; i++) {
                long v = i;
                Goroutine s = Run.go(g, 5, g2 -> {
                    c.send(g2, v);
                    return null;
                });
                Run.awaitParked(s, "chan send");
            }
            for (int i = 0; i < 4; i++) {
                got.add(c.recv(g));
            }
            return null;
        }));
        assertEquals(List.of(0L, 1L, 2L, 3L), got);
    }

    @Test
    void blockedReceiversAreServedFifo() {
        Object[] got = new Object[3];
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Channel done = new Channel(3, null);
            for (int i = 0; i < 3; i++) {
                int k = i;
                Goroutine r = Run.go(g, 5, g2 -> {
                    got[k] = c.recv(g2);
                    done.send(g2, true);
                    return null;
                });
                Run.awaitParked(r, "chan receive");
            }
            c.send(g, 10L);
            c.send(g, 11L);
            c.send(g, 12L);
            for (int i = 0; i < 3; i++) {
                done.recv(g);
            }
            return null;
        }));
        assertArrayEquals(new Object[] {10L, 11L, 12L}, got);
    }

    @Test
    void closeDrainsBufferThenGivesZeroNotOk() {
        ok(Run.of(g -> {
            Channel c = new Channel(2, 0L);
            c.send(g, 1L);
            c.close();
            assertArrayEquals(new Object[] {1L, true}, c.recvOk(g));
            assertArrayEquals(new Object[] {0L, false}, c.recvOk(g));
            assertEquals((Object) 0L, c.recv(g));
            return null;
        }));
    }

    @Test
    void closeWakesAllReceivers() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, "");
            Channel results = new Channel(3, null);
            for (int i = 0; i < 3; i++) {
                Goroutine r = Run.go(g, 5, g2 -> {
                    results.send(g2, c.recvOk(g2)[1]);
                    return null;
                });
                Run.awaitParked(r, "chan receive");
            }
            c.close();
            for (int i = 0; i < 3; i++) {
                assertEquals(false, results.recv(g));
            }
            return null;
        }));
    }

    @Test
    void closePanicsBlockedAndLaterSenders() {
        AtomicReference<Object> blocked = new AtomicReference<>();
        ok(Run.of(g -> {
            Channel c = new Channel(0, 0L);
            Channel done = new Channel(1, null);
            Goroutine s = Run.go(g, 5, g2 -> {
                try {
                    c.send(g2, 1L);
                } catch (GoPanic p) {
                    blocked.set(p.value());
                }
                done.send(g2, true);
                return null;
            });
            Run.awaitParked(s, "chan send");
            c.close();
            done.recv(g);
            GoPanic later = assertThrows(GoPanic.class, () -> c.send(g, 2L));
            assertEquals("send on closed channel", later.value().toString());
            GoPanic twice = assertThrows(GoPanic.class, c::close);
            assertEquals("close of closed channel", twice.value().toString());
            return null;
        }));
        assertEquals(new RuntimeError("send on closed channel", true), blocked.get());
    }

    @Test
    void trySendDropsWhenFull() {
        ok(Run.of(g -> {
            Channel c = new Channel(1, null);
            assertTrue(c.trySend("a"));
            assertFalse(c.trySend("b"));
            assertEquals("a", c.recv(g));
            return null;
        }));
    }

    @Test
    void closedReceiveOfNilZero() {
        ok(Run.of(g -> {
            Channel c = new Channel(0, null);
            c.close();
            assertNull(c.recv(g));
            return null;
        }));
    }

    /**
     * The channel lock spins only briefly: a holder that keeps it past the spin leaves the other side
     * blocked on the lock (not spinning on), and its unlock lets that side in.
     */
    @Test
    void lockHeldPastTheSpinBlocksThenAdmits() throws InterruptedException {
        Channel c = new Channel(1, 0L);
        c.lock();
        AtomicBoolean sent = new AtomicBoolean();
        Thread sender = new Thread(() -> sent.set(c.trySend(5L)));
        sender.start();
        Run.await(() -> sender.getState() == Thread.State.WAITING);
        assertFalse(sent.get());
        c.unlock();
        sender.join();
        assertTrue(sent.get());
        assertEquals(1, c.len());
    }
}
