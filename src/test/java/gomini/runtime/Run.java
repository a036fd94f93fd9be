package gomini.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** Runs a "program" written as a Java lambda on a fresh Scheduler and captures its exit code and stderr. */
record Run(int exit, String stderr) {
    /** A goroutine body without arguments. */
    @FunctionalInterface
    interface Body {
        Object run(Goroutine g);
    }

    static Run of(Body main) {
        return of(main, 6);
    }

    static Run of(Body main, long firstId) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        Scheduler s = new Scheduler(ps, firstId, new java.util.Random(42));
        int code = s.runMain((g, args) -> main.run(g));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** main.main() at prog.go:line, as the interpreter would have pushed it. */
    static void enter(Goroutine g, String function, int line) {
        g.stack().push(function, false, "prog.go", line);
    }

    /** Starts body as a goroutine created by main.main at prog.go:line. */
    static Goroutine go(Goroutine parent, int line, Body body) {
        return parent.scheduler().go(parent, parent.stack().depth() > 0 ? parent.stack().function(parent.stack().depth() - 1) : "main.main",
                "prog.go", line, (g, args) -> body.run(g), new Object[0]);
    }

    /** Spins (no sleeping) until cond holds: deterministic ordering for tests. */
    static void await(BooleanSupplier cond) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10s");
            }
            Thread.yield();
        }
    }

    /** Waits until g is parked with the given wait reason. */
    static void awaitParked(Goroutine g, String reason) {
        await(() -> reason.equals(g.waitReason()));
    }
}
