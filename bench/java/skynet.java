import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;

// bench/skynet.go in Java: 1,111,111 virtual threads, one SynchronousQueue per inner node.
final class Skynet {
    static void skynet(SynchronousQueue<Long> c, long num, long size, long div) {
        try {
            if (size == 1) {
                c.put(num);
                return;
            }
            var rc = new SynchronousQueue<Long>();
            for (long i = 0; i < div; i++) {
                long sub = num + i * (size / div);
                Thread.ofVirtual().start(() -> skynet(rc, sub, size / div, div));
            }
            long sum = 0;
            for (long i = 0; i < div; i++) sum += rc.take();
            c.put(sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void run() throws InterruptedException {
        var c = new SynchronousQueue<Long>();
        Thread.ofVirtual().start(() -> skynet(c, 0, 1_000_000, 10));
        System.out.println(c.take());
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
