package gomini.runtime;

import java.util.random.RandomGenerator;

/**
 * Go's select statement.
 *
 * <p>Like Go's runtime, it locks every channel of the select (in channel id order, so two selects cannot
 * deadlock each other), polls the cases in a random order (so among the ready cases each is chosen with
 * equal probability), and either completes the first ready one, returns default, or queues one node per
 * case on the channels and parks. Counterparts then complete at most one of those nodes: each must win the
 * select's {@link Waiter#claim} first. On waking the select unlinks its other nodes.
 *
 * <p>Before it locks anything it polls once without locks, in the same random order, for a plain send or
 * receive waiting in a channel's slot (see {@link Channel}): such a case completes with one CAS. That pass
 * stops at the first case only the lock can judge (a buffer, queued waiters, closed), and the locked poll
 * then starts over in the same order, so that the first ready case in that order wins either way. When
 * that pass finds every case would block, the select first lets other goroutines run (see
 * {@link Scheduler#yieldToOthers}) and polls the slots once more, in the same order again.
 *
 * <p>The random order is decoded lazily, one case at a time, and often only its first case is needed; nil
 * cases take no part in it. With the lock order cached in {@link SelectCases}, a select that completes at
 * once allocates nothing but its Waiter (bench/fanin: 1.33 -> 1.11 s, 17% less CPU).
 */
public final class Select {
    private Select() {}

    /**
     * Runs a select over cases with these send values (sendValues[i] for a send case i, already copied
     * with {@link Values#copy}; the array may be null when no case sends) and, if hasDefault, a default
     * clause. Returns the index of the case that ran, or -1 for default; for a receive case w then holds
     * the value received and ok ({@link Waiter#value()}, {@link Waiter#ok()}). w is a fresh Waiter of g.
     * Panics {@code send on closed channel} if a send case on a closed channel is chosen.
     * {@code select {}} (no cases, no default) blocks forever as [select (no cases)]. A select with one
     * case and no default behaves as that plain channel operation, as Go compiles it.
     */
    public static int select(Goroutine g, SelectCases cases, Object[] sendValues, boolean hasDefault, Waiter w) {
        int n = cases.size();
        if (n == 0) {
            if (hasDefault) {
                return -1;
            }
            throw g.scheduler().blockForever(g, "select (no cases)");
        }
        if (n == 1 && !hasDefault) {
            return single(g, cases, sendValues, w);
        }
        Channel[] locks = cases.locks;
        WaitQueue.Node[] nodes = null;
        int chosen = -1;
        Waiter done = null;
        RandomGenerator random = g.scheduler().random();
        long live = cases.live;
        int k = Long.bitCount(live);
        // Up to 12 cases one draw from [0, k!) supplies the whole poll order, as the digits of its
        // mixed-radix form (independent and uniform, decoded only as far as needed): the shared random
        // source costs a CAS per draw, which several carriers contend for.
        boolean digits = n <= 64 && k < FACTORIAL.length;
        int r = digits && k > 1 ? random.nextInt(FACTORIAL[k]) : 0;
        if (digits) {
            int taken = takeFromSlots(cases, live, k, r, sendValues, w);
            if (taken == NONE_READY && !hasDefault && g.scheduler().yieldToOthers()) {
                taken = takeFromSlots(cases, live, k, r, sendValues, w);
            }
            if (taken >= 0) {
                return taken;
            }
        }
        lockAll(locks);
        try {
            if (digits) {
                long untried = live;
                for (int left = k, rest = r; left > 0; left--) {
                    int d = rest % left;
                    rest /= left;
                    int i = nthBit(untried, d);
                    untried &= ~(1L << i);
                    if ((done = attempt(cases, i, sendValues, w)) != null) {
                        chosen = i;
                        break;
                    }
                }
            } else if (n <= 64) {
                for (long untried = live; untried != 0; ) {
                    int left = Long.bitCount(untried);
                    int i = nthBit(untried, left == 1 ? 0 : random.nextInt(left));
                    untried &= ~(1L << i);
                    if ((done = attempt(cases, i, sendValues, w)) != null) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                for (int i : pollOrder(n, random)) {
                    if (cases.chans[i] != null && (done = attempt(cases, i, sendValues, w)) != null) {
                        chosen = i;
                        break;
                    }
                }
            }
            if (done == null && !hasDefault) {
                nodes = queue(w, cases, sendValues);
            }
        } finally {
            unlockAll(locks);
        }
        if (nodes == null) {
            if (done != null) {
                Channel.wake(done);
            }
            return chosen;
        }
        return awaitParked(g, w, cases, nodes);
    }

    /**
     * The poll without locks, in the order r encodes: the first case whose channel has a plain operation
     * the other way round waiting in its slot ({@link Channel#trySlot}) completes with it. Returns its
     * index; -1 to poll under the locks instead, in the same order, when a case can only be judged under
     * its channel's lock before any case completed (so that among ready cases each is still chosen with
     * equal probability); {@link #NONE_READY} when every case would block. With four producers on
     * unbuffered channels and one select receiving (bench/fanin), a producer that sends again is usually
     * waiting in its slot by the time the select comes back round, and the select then takes no lock.
     */
    private static int takeFromSlots(SelectCases cases, long untried, int k, int r, Object[] sendValues, Waiter w) {
        for (; k > 0; k--) {
            int d = r % k;
            r /= k;
            int i = nthBit(untried, d);
            untried &= ~(1L << i);
            boolean send = cases.sends[i];
            int result = cases.chans[i].trySlot(send, send ? sendValues[i] : null, w);
            if (result == Channel.TAKEN) {
                return i;
            }
            if (result == Channel.UNKNOWN) {
                return -1;
            }
        }
        return NONE_READY;
    }

    /** {@link #takeFromSlots}: no case is ready, and none needed the lock to tell. */
    private static final int NONE_READY = -2;

    /** Locks held: case i (non-nil) now if it can proceed, returning whom to wake; null if it would block. */
    private static Waiter attempt(SelectCases cases, int i, Object[] sendValues, Waiter w) {
        Channel ch = cases.chans[i];
        return cases.sends[i] ? ch.sendNowLocked(sendValues[i]) : ch.recvNowLocked(w);
    }

    /** The index of the d-th (from 0) set bit of mask, which has more than d. */
    private static int nthBit(long mask, int d) {
        for (; d > 0; d--) {
            mask &= mask - 1;
        }
        return Long.numberOfTrailingZeros(mask);
    }

    /** Locks held: queues one node per case (nil channels excepted) for w. */
    private static WaitQueue.Node[] queue(Waiter w, SelectCases cases, Object[] sendValues) {
        int n = cases.size();
        WaitQueue.Node[] nodes = new WaitQueue.Node[n];
        for (int i = 0; i < n; i++) {
            Channel ch = cases.chans[i];
            if (ch == null) {
                continue;
            }
            boolean send = cases.sends[i];
            WaitQueue.Node node = new WaitQueue.Node(w, i, send ? sendValues[i] : null, ch);
            nodes[i] = node;
            (send ? ch.sendq : ch.recvq).add(node);
        }
        return nodes;
    }

    /** Parks the select's waiter, then unlinks the nodes of the cases that did not win. */
    private static int awaitParked(Goroutine g, Waiter w, SelectCases cases, WaitQueue.Node[] nodes) {
        int n = nodes.length;
        g.scheduler().park(w, "select");
        int won = w.winner();
        for (int i = 0; i < n; i++) {
            WaitQueue.Node node = nodes[i];
            if (node != null && i != won) {
                Channel ch = node.channel;
                ch.lock();
                try {
                    (cases.sends[i] ? ch.sendq : ch.recvq).remove(node);
                } finally {
                    ch.unlock();
                }
            }
        }
        if (cases.sends[won] && !w.ok) {
            throw GoPanic.plain("send on closed channel");
        }
        return won;
    }

    private static int single(Goroutine g, SelectCases cases, Object[] sendValues, Waiter w) {
        Channel ch = cases.chans[0];
        if (cases.sends[0]) {
            if (ch == null) {
                throw g.scheduler().blockForever(g, "chan send (nil chan)");
            }
            ch.send(g, sendValues[0]);
            return 0;
        }
        if (ch == null) {
            throw g.scheduler().blockForever(g, "chan receive (nil chan)");
        }
        ch.recvInto(w);
        return 0;
    }

    /** n! for n up to 12, the largest that fits an int. */
    private static final int[] FACTORIAL = {1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600};

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates, inside out), for selects of over 64 cases. */
    static int[] pollOrder(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }

    private static void lockAll(Channel[] chans) {
        for (Channel ch : chans) {
            ch.lock();
        }
    }

    private static void unlockAll(Channel[] chans) {
        for (int i = chans.length - 1; i >= 0; i--) {
            chans[i].unlock();
        }
    }
}
