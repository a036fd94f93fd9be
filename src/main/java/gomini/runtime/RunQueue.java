package gomini.runtime;

/**
 * Goroutines started by go statements, waiting for a virtual thread to run them, and the threads that run
 * them. A thread that finishes its goroutine takes the next waiting one, so a million short goroutines need
 * a handful of threads, and a goroutine that waits to start costs only its {@link Goroutine} (a virtual
 * thread, its continuation and its fork-join task are ~300 bytes more, which every young collection used to
 * copy while main spawned faster than the other core ran them).
 *
 * <p>Liveness: while any goroutine waits here, at least one runner is started and not running a goroutine
 * (it will poll before it ends), and a runner that takes a goroutine while others wait starts a successor if
 * it was the last such runner. So no waiting goroutine depends on a runner whose goroutine blocks, and
 * goroutines start in go-statement order, each as soon as a carrier is free, as before.
 */
final class RunQueue {
    private Goroutine head;
    private Goroutine tail;
    /** Runners started, or between two goroutines, that will poll before they end. */
    private int searching;

    void submit(Goroutine g) {
        boolean start;
        synchronized (this) {
            if (tail == null) {
                head = g;
            } else {
                tail.nextWaiting = g;
            }
            tail = g;
            start = searching == 0;
            if (start) {
                searching++;
            }
        }
        if (start) {
            startRunner();
        }
    }

    private void startRunner() {
        // Unnamed, as goroutine threads were: nothing reads a name.
        Thread.ofVirtual().start(this::runWaiting);
    }

    private void runWaiting() {
        Thread self = Thread.currentThread();
        while (true) {
            Goroutine g;
            boolean successor;
            synchronized (this) {
                searching--;
                g = head;
                if (g == null) {
                    return;
                }
                head = g.nextWaiting;
                if (head == null) {
                    tail = null;
                }
                g.nextWaiting = null;
                successor = head != null && searching == 0;
                if (successor) {
                    searching++;
                }
            }
            if (successor) {
                startRunner();
            }
            g.thread = self;
            g.run();
            synchronized (this) {
                searching++;
            }
        }
    }
}
