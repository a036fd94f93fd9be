import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

// bench/spawn.go in Java: a million virtual threads each adding its index to an AtomicLong; a
// CountDownLatch plays sync.WaitGroup (its count is known up front).
final class Spawn {
    static final int GOROUTINES = 1_000_000;

    static void run() throws InterruptedException {
        var n = new AtomicLong();
        var wg = new CountDownLatch(GOROUTINES);
        for (int i = 0; i < GOROUTINES; i++) {
            long v = i;
            Thread.ofVirtual().start(() -> {
                n.addAndGet(v);
                wg.countDown();
            });
        }
        wg.await();
        System.out.println(n.get());
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
