import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;

// bench/pingpong.go in Java: two SynchronousQueues between two virtual threads (main's work runs on
// one, as Go's main is a goroutine). Closing ping becomes a poison value the echoer stops at.
final class Pingpong {
    static final int ROUNDS = 500_000;
    static final Integer CLOSED = Integer.MIN_VALUE;

    static void run() throws InterruptedException {
        var ping = new SynchronousQueue<Integer>();
        var pong = new SynchronousQueue<Integer>();
        Thread echo = Thread.ofVirtual().start(() -> {
            try {
                for (Integer v; (v = ping.take()) != CLOSED; ) pong.put(v + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int count = 0;
        for (int i = 0; i < ROUNDS; i++) {
            ping.put(i);
            if (pong.take() == i + 1) count++;
        }
        ping.put(CLOSED);
        echo.join();
        System.out.println(count);
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
