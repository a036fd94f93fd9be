package gomini.runtime;

/**
 * What a goroutine that executes go statements in a loop needs to know to let its goroutines run.
 *
 * <p>A spawning loop outruns the carriers that run what it spawns, and every goroutine waiting to start
 * is a virtual thread, its continuation and its task: by the hundred thousand they are copied by each
 * collection (bench/spawn: 2.5 s and 650 MiB). So a goroutine whose go statement finds the goroutine it
 * made {@link #BACKLOG} go statements earlier still waiting to start yields after it (Go may preempt a
 * goroutine anywhere), and what it made finishes young. Only such a spawner yields, not one that makes
 * a few: skynet's nodes make 10 each, and were they to yield too, the tree would unfold breadth first
 * (2.5x slower).
 *
 * <p>Only the spawner's own thread reads and writes its history, and whether the earlier goroutine has
 * started is read without synchronization: a hint, which at worst misjudges one yield. A shared count
 * of goroutines waiting to start, which the spawner incremented and each starting goroutine decremented
 * on another core, moved a cache line between the two cores per goroutine.
 */
final class SpawnHistory {
    static final int BACKLOG = 256;

    /** Go statements executed, counted up to BACKLOG. */
    private int made;
    /** From then on, the goroutines of the last BACKLOG go statements, next the oldest. */
    private Goroutine[] last;
    private int next;

    /** parent has just started child; true if parent should yield now. */
    static boolean backlogged(Goroutine parent, Goroutine child) {
        SpawnHistory h = parent.spawns;
        if (h == null) {
            h = new SpawnHistory();
            parent.spawns = h;
        }
        return h.record(child);
    }

    private boolean record(Goroutine child) {
        if (made < BACKLOG) {
            made++;
            return false;
        }
        Goroutine[] ring = last;
        if (ring == null) {
            ring = new Goroutine[BACKLOG];
            last = ring;
        }
        Goroutine earlier = ring[next];
        ring[next] = child;
        next = (next + 1) & (BACKLOG - 1);
        return earlier != null && !earlier.started();
    }
}
