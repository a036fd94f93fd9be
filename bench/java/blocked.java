import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

// bench/blocked.go in Java: a million virtual threads parked at once, then all released. Go's close()
// wakes every receiver; the JDK's natural broadcast is a CountDownLatch(1) used as a gate (a queue
// would need a million poison values). started/done are WaitGroups with a count known up front.
final class Blocked {
    static final int GOROUTINES = 1_000_000;

    static void run() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var started = new CountDownLatch(GOROUTINES);
        var done = new CountDownLatch(GOROUTINES);
        var released = new AtomicLong();
        for (int i = 0; i < GOROUTINES; i++) {
            Thread.ofVirtual().start(() -> {
                started.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                released.incrementAndGet();
                done.countDown();
            });
        }
        started.await();
        gate.countDown();
        done.await();
        System.out.println(released.get());
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
