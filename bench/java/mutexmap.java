import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

// bench/mutexmap.go in Java: a plain HashMap guarded by a ReentrantLock (sync.Mutex), 4 virtual threads.
final class Mutexmap {
    static final int GOROUTINES = 4;
    static final int PER_G = 250_000;
    static final int KEYS = 100;

    static void run() throws InterruptedException {
        var m = new HashMap<Long, Long>();
        var mu = new ReentrantLock();
        var wg = new CountDownLatch(GOROUTINES);
        for (int g = 0; g < GOROUTINES; g++) {
            Thread.ofVirtual().start(() -> {
                for (long i = 0; i < PER_G; i++) {
                    mu.lock();
                    try {
                        m.merge(i % KEYS, 1L, Long::sum);
                    } finally {
                        mu.unlock();
                    }
                }
                wg.countDown();
            });
        }
        wg.await();
        long total = 0;
        for (long v : m.values()) total += v;
        System.out.println(m.size() + " " + total);
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
