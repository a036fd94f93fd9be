import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

// bench/workerpool.go in Java: ArrayBlockingQueues of capacity 100 for the buffered channels.
// Java queues cannot be closed, so close(jobs) becomes one poison value per worker, and close(results)
// (after the workers' WaitGroup) becomes one poison value that ends main's loop, as range does in Go.
final class Workerpool {
    static final int WORKERS = 4;
    static final int JOBS = 300_000;
    static final Long CLOSED = Long.MIN_VALUE;

    static void run() throws InterruptedException {
        var in = new ArrayBlockingQueue<Long>(100);
        var out = new ArrayBlockingQueue<Long>(100);
        var wg = new CountDownLatch(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            Thread.ofVirtual().start(() -> {
                try {
                    for (Long j; (j = in.take()) != CLOSED; ) out.put(j * 2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                wg.countDown();
            });
        }
        Thread.ofVirtual().start(() -> {
            try {
                for (long i = 0; i < JOBS; i++) in.put(i);
                for (int w = 0; w < WORKERS; w++) in.put(CLOSED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                wg.await();
                out.put(CLOSED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long sum = 0;
        for (Long r; (r = out.take()) != CLOSED; ) sum += r;
        System.out.println(sum);
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
