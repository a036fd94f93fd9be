import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;

// bench/sieve.go in Java: virtual threads for goroutines, SynchronousQueue for unbuffered channels.
// main's work runs on a virtual thread too, as Go's main is a goroutine. The filters left blocked at
// the end are virtual (daemon) threads and do not keep the JVM alive.
final class Sieve {
    static final int PRIMES = 2000;

    static void generate(SynchronousQueue<Integer> ch) {
        try {
            for (int i = 2; ; i++) ch.put(i);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void filter(SynchronousQueue<Integer> in, SynchronousQueue<Integer> out, int prime) {
        try {
            for (;;) {
                int i = in.take();
                if (i % prime != 0) out.put(i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void run() throws InterruptedException {
        var ch = new SynchronousQueue<Integer>();
        var gen = ch;
        Thread.ofVirtual().start(() -> generate(gen));
        long last = 0, sum = 0;
        for (int i = 0; i < PRIMES; i++) {
            int prime = ch.take();
            last = prime;
            sum += prime;
            var in = ch;
            var next = new SynchronousQueue<Integer>();
            Thread.ofVirtual().start(() -> filter(in, next, prime));
            ch = next;
        }
        System.out.println(last + " " + sum);
    }

    public static void main(String[] args) throws Exception {
        try (var main = Executors.newVirtualThreadPerTaskExecutor()) {
            main.submit(() -> { run(); return null; }).get();
        }
    }
}
