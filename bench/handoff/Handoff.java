import gomini.runtime.Channel;
import gomini.runtime.Scheduler;
import gomini.runtime.Select;
import gomini.runtime.SelectCases;
import gomini.runtime.Waiter;
import java.util.Random;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two goroutines trading values over two unbuffered channels, driven from Java with no interpreter: gomini's
 * channels and scheduler (mode {@code gomini}) or two SynchronousQueues between virtual threads (mode
 * {@code sq}, the pingpong floor). Modes {@code fanin} and {@code sq-fanin} time bench/fanin's shape
 * instead, 200,000 values a chunk: four producers, each on its own channel, merged by one select loop, or
 * all four on one SynchronousQueue (the fanin floor). Prints, per chunk of 250,000 round trips, the milliseconds it took and
 * the share of samples (one per 1,024 round trips) in which both ran on the same carrier thread. It first
 * times a cache line passed back and forth between two platform threads: this machine's cores sit closer
 * or farther apart from run to run, and every hand-off pays for the lines it moves between them.
 *
 * <p>Run it with the JDK 21+ gomini runs on, after a build (bench/RESULTS.md, "How to run"):
 * <pre>
 *   javac -cp target/gomini.jar -d /tmp/handoff bench/handoff/Handoff.java
 *   java -Djdk.trackAllThreads=false -XX:+UseSerialGC -cp target/gomini.jar:/tmp/handoff Handoff gomini 8
 *   java -XX:+UseSerialGC -cp target/gomini.jar:/tmp/handoff Handoff sq 8
 * </pre>
 * and likewise with {@code fanin} and {@code sq-fanin}.
 *
 * <p>Mode {@code program} is bench/pingpong.go itself, written by hand against gomini's runtime: the
 * program a perfect compiler from Go to JVM bytecode would give, with no front end before it. Timed as a
 * whole process (N round trips, default 500,000; {@code /usr/bin/time java ... Handoff program 500000}),
 * beside bench/java/pingpong.java and {@code gomini run bench/pingpong.go}, it splits gomini's distance
 * to the floor into the runtime's share and the front end's and interpreter's (RESULTS.md, pingpong).
 */
final class Handoff {
    static final int PER_CHUNK = 250_000;
    static volatile String partnerCarrier = "";

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "gomini";
        if (mode.equals("program")) {
            pingpongProgram(args.length > 1 ? Integer.parseInt(args[1]) : 500_000);
            return;
        }
        int chunks = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        StringBuilder out = new StringBuilder("line round trip " + lineRoundTripNanos() + " ns; " + mode + ":");
        switch (mode) {
            case "gomini" -> gomini(chunks, out);
            case "sq" -> synchronousQueues(chunks, out);
            case "fanin" -> fanin(chunks, out);
            case "sq-fanin" -> faninFloor(chunks, out);
            default -> throw new IllegalArgumentException("mode: gomini, sq, fanin, sq-fanin or program");
        }
        System.out.println(out);
        System.exit(0); // the partners loop for ever
    }

    /** Nanoseconds for one value to go from one platform thread to another and back by spinning on one line. */
    static long lineRoundTripNanos() throws InterruptedException {
        AtomicLong x = new AtomicLong();
        int n = 300_000;
        Thread t = new Thread(() -> {
            for (long i = 1; i < 2L * n; i += 2) {
                while (x.get() != i) Thread.onSpinWait();
                x.set(i + 1);
            }
        });
        t.start();
        long start = System.nanoTime();
        for (long i = 0; i < 2L * n; i += 2) {
            x.set(i + 1);
            while (x.get() != i + 2) Thread.onSpinWait();
        }
        long ns = (System.nanoTime() - start) / n;
        t.join();
        return ns;
    }

    static String carrier() {
        String s = Thread.currentThread().toString(); // VirtualThread[#21]/runnable@ForkJoinPool-1-worker-2
        return s.substring(s.indexOf('@') + 1);
    }

    /** Times one chunk of round trips; roundTrip does one, i its index. */
    interface RoundTrip {
        void run(long i) throws InterruptedException;
    }

    static void chunks(int chunks, StringBuilder out, RoundTrip roundTrip) throws InterruptedException {
        for (int c = 0; c < chunks; c++) {
            long start = System.nanoTime();
            int same = 0, samples = 0;
            for (long i = 0; i < PER_CHUNK; i++) {
                roundTrip.run(i);
                if ((i & 1023) == 512) {
                    samples++;
                    if (carrier().equals(partnerCarrier)) same++;
                }
            }
            out.append(String.format(" %d ms (%d%% same)", (System.nanoTime() - start) / 1_000_000, 100 * same / samples));
        }
    }

    static void gomini(int chunks, StringBuilder out) {
        Scheduler s = new Scheduler(System.err, 6, new Random(1));
        s.runMain((g, unused) -> {
            Channel ping = new Channel(0, 0L), pong = new Channel(0, 0L);
            s.go(g, "main.main", "handoff.go", 1, (echo, none) -> {
                for (long n = 0; ; n++) {
                    Object v = ping.recv(echo);
                    if ((n & 1023) == 0) partnerCarrier = carrier();
                    pong.send(echo, v);
                }
            }, new Object[0]);
            try {
                chunks(chunks, out, i -> {
                    ping.send(g, i);
                    pong.recv(g);
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** bench/pingpong.go with the given number of round trips: prints the count, exits with the program's code. */
    static void pingpongProgram(int rounds) {
        Scheduler s = new Scheduler(System.err, 6, new Random(1));
        int code = s.runMain((g, unused) -> {
            Channel ping = new Channel(0, 0L), pong = new Channel(0, 0L);
            s.go(g, "main.main", "pingpong.go", 11, (echo, none) -> {
                for (Waiter v = ping.recvWaiter(echo); v.ok(); v = ping.recvWaiter(echo)) {
                    pong.send(echo, (Long) v.value() + 1);
                }
                return null;
            }, new Object[0]);
            long count = 0;
            for (long i = 0; i < rounds; i++) {
                ping.send(g, i);
                if ((Long) pong.recv(g) == i + 1) {
                    count++;
                }
            }
            ping.close();
            System.out.println(count);
            return null;
        });
        System.out.flush();
        Runtime.getRuntime().halt(code); // as gomini ends a run
    }

    static void synchronousQueues(int chunks, StringBuilder out) throws InterruptedException {
        var ping = new SynchronousQueue<Long>();
        var pong = new SynchronousQueue<Long>();
        Thread.ofVirtual().start(() -> {
            try {
                for (long n = 0; ; n++) {
                    Long v = ping.take();
                    if ((n & 1023) == 0) partnerCarrier = carrier();
                    pong.put(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread main = Thread.ofVirtual().start(() -> {
            try {
                chunks(chunks, out, i -> {
                    ping.put(i);
                    pong.take();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        main.join();
    }

    static final int FANIN_CHUNK = 200_000;

    static void fanin(int chunks, StringBuilder out) {
        Scheduler s = new Scheduler(System.err, 6, new Random(1));
        s.runMain((g, unused) -> {
            Channel[] chans = new Channel[4];
            for (int p = 0; p < chans.length; p++) {
                Channel ch = chans[p] = new Channel(0, 0L);
                s.go(g, "main.main", "handoff.go", 1, (producer, none) -> {
                    for (long i = 0; ; i++) {
                        ch.send(producer, i);
                    }
                }, new Object[0]);
            }
            SelectCases cases = new SelectCases(chans, new boolean[chans.length]);
            for (int c = 0; c < chunks; c++) {
                long start = System.nanoTime();
                for (int i = 0; i < FANIN_CHUNK; i++) {
                    Select.select(g, cases, null, false, new Waiter(g));
                }
                out.append(String.format(" %d ms", (System.nanoTime() - start) / 1_000_000));
            }
            return null;
        });
    }

    static void faninFloor(int chunks, StringBuilder out) throws InterruptedException {
        var merged = new SynchronousQueue<Long>();
        for (int p = 0; p < 4; p++) {
            Thread.ofVirtual().start(() -> {
                try {
                    for (long i = 0; ; i++) {
                        merged.put(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Thread main = Thread.ofVirtual().start(() -> {
            try {
                for (int c = 0; c < chunks; c++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < FANIN_CHUNK; i++) {
                        merged.take();
                    }
                    out.append(String.format(" %d ms", (System.nanoTime() - start) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        main.join();
    }
}
