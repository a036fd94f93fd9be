package gomini.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C (ReplSession.interrupt) cancels the running input however it is stuck; the session goes on. */
@Timeout(30)
class InterruptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ReplSession s = new ReplSession(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), c -> {}, () -> {});

    /** Runs input on another thread, interrupts it once it runs, and returns what eval returned. */
    private ReplSession.Outcome interrupted(String input) throws Exception {
        return interrupted(input, "");
    }

    /** Like {@link #interrupted(String)}, interrupting once stdout shows started. */
    private ReplSession.Outcome interrupted(String input, String started) throws Exception {
        CompletableFuture<ReplSession.Outcome> f = new CompletableFuture<>();
        Thread t = new Thread(() -> f.complete(s.eval(input)));
        t.start();
        while (!(s.busy() && out.toString(StandardCharsets.UTF_8).contains(started)) && !f.isDone()) {
            Thread.onSpinWait();
        }
        s.interrupt();
        return f.get(20, TimeUnit.SECONDS);
    }

    @Test
    void busyLoop() throws Exception {
        s.eval("n := 0\n");
        assertEquals(ReplSession.Outcome.ERROR, interrupted("fmt.Println(\"spinning\"); for { n++ }\n", "spinning"));
        assertEquals("interrupted\n", err.toString(StandardCharsets.UTF_8));
        s.eval("n > 0\n");
        assertEquals("spinning\ntrue\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sleep() throws Exception {
        assertEquals(ReplSession.Outcome.ERROR, interrupted("time.Sleep(time.Hour)\n"));
        assertEquals("interrupted\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cancelledReceiverTakesNoValueLater() throws Exception {
        s.eval("c := make(chan int)\n");
        s.eval("stop := make(chan bool)\n");
        // a sleeper that keeps the session from being deadlocked while the receive waits
        s.eval("go func() { for { select { case <-stop: return; default: time.Sleep(time.Millisecond) } } }()\n");
        assertEquals(ReplSession.Outcome.ERROR, interrupted("<-c\n"));
        s.eval("go func() { c <- 42 }()\n");
        s.eval("<-c\n");
        s.eval("close(stop)\n");
        assertEquals("42\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("interrupted\n", err.toString(StandardCharsets.UTF_8));
    }
}
