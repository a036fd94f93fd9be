package gomini.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end on a real pseudo-terminal with nothing beyond util-linux: {@code script} runs gomini's CLI
 * on a pty it creates, the test types keys into script's stdin (which script copies to the pty master,
 * so the kernel's line discipline turns Ctrl-C into SIGINT) and reads what the terminal shows from
 * script's stdout. Every step waits for the text it expects, never for a fixed time; the whole session
 * has one deadline, after which the processes are killed. The pty is left at the 0x0 size script gives
 * it when it has no terminal itself, as on CI machines.
 */
@Timeout(90)
class PtyReplTest {
    private static final Path SCRIPT = Path.of("/usr/bin/script");
    /** CSI sequences, OSC strings, charset designations and other two-character escapes. */
    private static final Pattern ANSI = Pattern.compile(
            "\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|[()#][0-9A-Za-z]|[^\\[\\]])");

    private Process process;
    private OutputStream keys;
    private final StringBuilder raw = new StringBuilder();
    private boolean ended;
    /** Where the next {@link #expect} starts looking in the stripped transcript. */
    private int cursor;
    private long deadline;

    @AfterEach
    void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private void start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cli = "exec " + quote(java) + " --enable-native-access=ALL-UNNAMED -Dgomini.history= -cp "
                + quote(System.getProperty("java.class.path")) + " gomini.cli.Main repl";
        ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "-qfec", cli, "/dev/null")
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("TERM", "xterm");
        env.put("SHELL", "/bin/sh"); // script runs $SHELL -c; exec makes java the pty's foreground process
        env.remove("COLUMNS");
        env.remove("LINES");
        process = pb.start();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        keys = process.getOutputStream();
        InputStream screen = process.getInputStream();
        Thread pump = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = screen.read(buf)) > 0; ) {
                    synchronized (this) {
                        raw.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }, "pty-reader");
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized String shown() {
        return ANSI.matcher(raw).replaceAll("").replace("\r", "");
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /**
     * Waits until text appears in what the terminal shows after the previous match, and moves past it.
     * Returns what the terminal showed from the previous match up to the end of this one.
     */
    private synchronized String expect(String text) throws InterruptedException {
        while (true) {
            String s = shown();
            int i = s.indexOf(text, cursor);
            if (i >= 0) {
                String seen = s.substring(cursor, i + text.length());
                cursor = i + text.length();
                return seen;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                stop();
                throw new AssertionError((ended ? "the session ended" : "timed out") + " waiting for "
                        + text + " after:\n" + s.substring(cursor) + "\n--- whole session ---\n" + s);
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /** Types a line (Enter is a carriage return on a terminal) and waits for its echo. */
    private void line(String text) throws Exception {
        type(text + "\r");
        expect(text);
    }

    @Test
    void typesAFuncStartsAGoroutineDeadlocksAndRecovers() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SCRIPT), "util-linux script is not installed");
        start();
        expect(Repl.PROMPT);

        line("func sq(n int) int {");
        expect(Repl.CONTINUATION);
        line("return n * n");
        expect(Repl.CONTINUATION);
        line("}");
        expect(Repl.PROMPT);
        line("sq(9)");
        assertEquals("81", expect("81").strip());
        expect(Repl.PROMPT);

        line("c := make(chan int)");
        expect(Repl.PROMPT);
        line("go func() { for v := range c { fmt.Println(\"got\", v) } }()");
        expect(Repl.PROMPT);
        line("c <- sq(2)");
        expect("got 4");
        expect(Repl.PROMPT);

        line("<-make(chan bool)");
        expect("fatal error: all goroutines are asleep - deadlock!");
        String report = expect(Repl.PROMPT);
        // both the blocked receive typed at the prompt and the ranging goroutine are in the report
        assertTrue(report.contains("[chan receive]:\nmain.main()"), report);
        assertTrue(report.contains("[chan receive]:\nmain.main.func1()"), report);

        // the session survived the deadlock: c, sq and the receiving goroutine are still there
        line("c <- sq(3)");
        expect("got 9");
        expect(Repl.PROMPT);
        line(":goroutines");
        String goroutines = expect(Repl.PROMPT);
        assertTrue(goroutines.contains("[chan receive]:"), goroutines);
        assertTrue(goroutines.contains("main.main.func1()"), goroutines);

        // "sp" + "in": the output differs from the echo of the line
        line("fmt.Println(\"sp\" + \"in\"); for {}");
        expect("spin");
        type("\u0003");
        expect("interrupted");
        expect(Repl.PROMPT);
        line("sq(7)");
        expect("49");
        expect(Repl.PROMPT);

        type("\u0004");
        assertTrue(process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS),
                "the REPL did not exit on Ctrl-D:\n" + shown());
        assertEquals(0, process.exitValue(), shown());
    }
}
