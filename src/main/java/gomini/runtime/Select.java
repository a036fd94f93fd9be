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
 */
public final class Select {
    private Select() {}

    /**
     * Runs a select with these cases (in source order) and, if hasDefault, a default clause. Panics
     * {@code send on closed channel} if a send case on a closed channel is chosen. {@code select {}}
     * (no cases, no default) blocks forever as [select (no cases)]. A select with one case and no default
     * behaves as that plain channel operation, as Go compiles it.
     */
    public static Selected select(Goroutine g, SelectCase[] cases, boolean hasDefault) {
        int n = cases.length;
        Scheduler sched = g.scheduler();
        if (n == 0) {
            if (hasDefault) {
                return Selected.DEFAULT;
            }
            throw sched.blockForever(g, "select (no cases)");
        }
        if (n == 1 && !hasDefault) {
            return single(g, cases[0]);
        }
        Channel[] locks = lockOrder(cases);
        int[] order = pollOrder(n, sched.random());
        Waiter w = new Waiter(g);
        WaitQueue.Node[] nodes = null;
        Waiter done = null;
        Selected now = null;
        lockAll(locks);
        try {
            for (int i : order) {
                SelectCase c = cases[i];
                Channel ch = c.channel();
                if (ch == null) {
                    continue;
                }
                if (c.isSend()) {
                    if ((done = ch.sendNowLocked(c.value())) != null) {
                        now = new Selected(i, null, false);
                        break;
                    }
                } else if ((done = ch.recvNowLocked(w)) != null) {
                    now = new Selected(i, w.value, w.ok);
                    break;
                }
            }
            if (now == null) {
                if (hasDefault) {
                    now = Selected.DEFAULT;
                } else {
                    nodes = queue(w, cases);
                }
            }
        } finally {
            unlockAll(locks);
        }
        if (now != null) {
            if (done != null) {
                Channel.wake(done);
            }
            return now;
        }
        return awaitParked(g, w, cases, nodes);
    }

    /** Locks held: queues one node per case (nil channels excepted) for w. */
    private static WaitQueue.Node[] queue(Waiter w, SelectCase[] cases) {
        int n = cases.length;
        WaitQueue.Node[] nodes = new WaitQueue.Node[n];
        for (int i = 0; i < n; i++) {
            SelectCase c = cases[i];
            Channel ch = c.channel();
            if (ch == null) {
                continue;
            }
            WaitQueue.Node node = new WaitQueue.Node(w, i, c.value(), ch);
            nodes[i] = node;
            (c.isSend() ? ch.sendq : ch.recvq).add(node);
        }
        return nodes;
    }

    /** Parks the select's waiter, then unlinks the nodes of the cases that did not win. */
    private static Selected awaitParked(Goroutine g, Waiter w, SelectCase[] cases, WaitQueue.Node[] nodes) {
        int n = cases.length;
        g.scheduler().park(w, "select");
        int won = w.winner();
        for (int i = 0; i < n; i++) {
            WaitQueue.Node node = nodes[i];
            if (node != null && i != won) {
                Channel ch = node.channel;
                ch.lock.lock();
                try {
                    (cases[i].isSend() ? ch.sendq : ch.recvq).remove(node);
                } finally {
                    ch.lock.unlock();
                }
            }
        }
        if (cases[won].isSend()) {
            if (!w.ok) {
                throw GoPanic.plain("send on closed channel");
            }
            return new Selected(won, null, false);
        }
        return new Selected(won, w.value, w.ok);
    }

    private static Selected single(Goroutine g, SelectCase c) {
        Channel ch = c.channel();
        if (c.isSend()) {
            if (ch == null) {
                throw g.scheduler().blockForever(g, "chan send (nil chan)");
            }
            ch.send(g, c.value());
            return new Selected(0, null, false);
        }
        if (ch == null) {
            throw g.scheduler().blockForever(g, "chan receive (nil chan)");
        }
        Object[] r = ch.recvOk(g);
        return new Selected(0, r[0], (Boolean) r[1]);
    }

    /** The distinct non-nil channels, sorted by id. */
    private static Channel[] lockOrder(SelectCase[] cases) {
        Channel[] a = new Channel[cases.length];
        int k = 0;
        for (SelectCase c : cases) {
            Channel ch = c.channel();
            if (ch == null) {
                continue;
            }
            int j = k;
            while (j > 0 && a[j - 1].id > ch.id) {
                j--;
            }
            if (j > 0 && a[j - 1] == ch) {
                continue;
            }
            System.arraycopy(a, j, a, j + 1, k - j);
            a[j] = ch;
            k++;
        }
        return k == a.length ? a : java.util.Arrays.copyOf(a, k);
    }

    /** n! for n up to 12, the largest that fits an int. */
    private static final int[] FACTORIAL = {1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600};

    /**
     * A uniformly random permutation of 0..n-1 (Fisher-Yates, inside out). Up to 12 cases one draw from
     * [0, n!) supplies all the swap choices, as the digits of its mixed-radix form (independent and
     * uniform): the shared random source costs a CAS per draw, which several carriers contend for.
     */
    static int[] pollOrder(int n, RandomGenerator random) {
        int[] order = new int[n];
        if (n < FACTORIAL.length) {
            int r = random.nextInt(FACTORIAL[n]);
            for (int i = 1; i < n; i++) {
                int j = r % (i + 1);
                r /= i + 1;
                order[i] = order[j];
                order[j] = i;
            }
            return order;
        }
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }

    private static void lockAll(Channel[] chans) {
        for (Channel ch : chans) {
            ch.lock.lock();
        }
    }

    private static void unlockAll(Channel[] chans) {
        for (int i = chans.length - 1; i >= 0; i--) {
            chans[i].lock.unlock();
        }
    }
}
