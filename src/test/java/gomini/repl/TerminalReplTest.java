package gomini.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive code path (JLine line reader, continuation prompt, printAbove output, Ctrl-C, Ctrl-D,
 * history file) on an in-process terminal: JLine's ExternalTerminal over pipes, which has a terminal's
 * line discipline (Ctrl-C raises SIGINT), so no real terminal is needed.
 */
@Timeout(60)
class TerminalReplTest {
    private PipedOutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private ExternalTerminal terminal;
    private CompletableFuture<Integer> session;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        terminal = new ExternalTerminal("test", "ansi", in, out, StandardCharsets.UTF_8);
        terminal.setSize(new org.jline.terminal.Size(120, 40));
        Path history = dir.resolve("history");
        session = new CompletableFuture<>();
        Thread t = new Thread(() -> session.complete(Repl.runInteractive(terminal, history)), "repl-under-test");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stop() throws IOException {
        terminal.close();
    }

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until the screen shows text (count times), failing after 20 s. */
    private void await(String text, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (occurrences(screen(), text) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + text + " in:\n" + screen());
            }
            Thread.sleep(10);
        }
    }

    private static int occurrences(String s, String t) {
        int n = 0;
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void multiLineFuncGoroutineDeadlockInterruptAndExit() throws Exception {
        await(Repl.PROMPT, 1);
        type("func sq(n int) int {\r");
        await(Repl.CONTINUATION, 1);
        type("return n * n\r");
        type("}\r");
        type("sq(12)\r");
        await("144", 1);

        type("c := make(chan int)\r");
        type("go func() { for v := range c { fmt.Println(\"got\", v) } }()\r");
        type("c <- sq(3)\r");
        await("got 9", 1);

        type("<-make(chan int)\r");
        await("fatal error: all goroutines are asleep - deadlock!", 1);
        await("main.main.func1()", 1);
        type("c <- 4\r");
        await("got 4", 1);

        type("fmt.Println(\"looping\"); for {}\r");
        await("looping", 2); // the echo, then the output
        type("\u0003");
        await("interrupted", 1);
        type("sq(5)\r");
        await("25", 1);

        type("\u0004");
        assertEquals(0, session.get(20, TimeUnit.SECONDS));
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("sq(12)"), history);
        assertTrue(history.contains("return n * n"), history);
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndQuitLeaves() throws Exception {
        await(Repl.PROMPT, 1);
        type("undefinedName");
        type("\u0003");
        type("1 + 1\r");
        await("2", 1);
        assertTrue(!screen().contains("undefined: undefinedName"), screen());
        type(":quit\r");
        assertEquals(0, session.get(20, TimeUnit.SECONDS));
    }

    @Test
    void osExitFromABackgroundGoroutineEndsTheSession() throws Exception {
        await(Repl.PROMPT, 1);
        type("go func() { time.Sleep(50 * time.Millisecond); os.Exit(4) }()\r");
        assertEquals(4, session.get(20, TimeUnit.SECONDS));
    }

    @Test
    void completionOfPackageMembers() throws Exception {
        await(Repl.PROMPT, 1);
        type("time.Sle\t");
        await("time.Sleep", 1);
        type("(0)\r");
        type("\u0004");
        assertEquals(0, session.get(20, TimeUnit.SECONDS));
    }
}
