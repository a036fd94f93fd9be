package gomini;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@link Gomini#run} in-process on its own thread, with captured streams and a preemptive timeout,
 * so that a hanging program fails one test instead of the whole suite.
 */
final class GominiRunner {
    private GominiRunner() {}

    /** Stack size of the thread that calls Gomini.run (a tree walker recurses deeply). */
    private static final long STACK_BYTES = 512L << 20;

    /**
     * What a run produced. {@code thrown} is set when Gomini.run threw instead of returning (always a bug);
     * {@code timedOut} when it did not return in time (the thread is then interrupted and abandoned).
     */
    record Outcome(int code, byte[] stdout, byte[] stderr, Throwable thrown, boolean timedOut, Duration elapsed) {
        String stdoutText() { return new String(stdout, StandardCharsets.UTF_8); }
        String stderrText() { return new String(stderr, StandardCharsets.UTF_8); }
    }

    static Outcome run(Path file, List<String> args, byte[] stdin, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outPs = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream errPs = new PrintStream(err, false, StandardCharsets.UTF_8);
        int[] code = {Integer.MIN_VALUE};
        Throwable[] thrown = {null};
        Thread t = new Thread(null, () -> {
            try {
                code[0] = Gomini.run(file, args, new ByteArrayInputStream(stdin), outPs, errPs);
            } catch (Throwable e) {
                thrown[0] = e;
            } finally {
                outPs.flush();
                errPs.flush();
            }
        }, "gomini " + file.getFileName(), STACK_BYTES);
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        boolean done;
        try {
            done = t.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!done) t.interrupt();
        // (ByteArrayOutputStream is synchronized; the abandoned thread may keep writing afterwards.)
        return new Outcome(code[0], out.toByteArray(), err.toByteArray(), thrown[0], !done, elapsed);
    }

    static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
