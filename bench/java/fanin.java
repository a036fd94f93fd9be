import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;

// bench/fanin.go in Java. The JDK has no select over several queues, and polling four queues would be
// a busy loop, so the idiomatic Java fan-in is used: the 4 producers put on one shared SynchronousQueue
// (still an unbuffered hand-off) and main takes from it until every producer has sent its "closed"
// marker. This is a floor for Go's select loop, not a line-by-line translation.
final class Fanin {
    static final int PER_PRODUCER = 100_000;
    static final int PRODUCERS = 4;
    static final Long CLOSED = Long.MIN_VALUE;

    static void run() throws InterruptedException {
        var merged = new SynchronousQueue<Long>();
        for (int p = 0; p < PRODUCERS; p++) {
            long id = p;
            Thread.ofVirtual().start(() -> {
                try {
                    for (long i = 0; i < PER_PRODUCER; i++) merged.put(id * PER_PRODUCER + i);
                    merged.put(CLOSED);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        long count = 0, sum = 0;
        for (int open = PRODUCERS; open > 0; ) {
            Long v = merged.take();
            if (v == CLOSED) {
                open--;
                continue;
            }
            count++;
            sum += v;
        }
        System.out.println(count + " " + sum);
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
