package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Real signals from outside, as a user pressing Ctrl-C sends them: gomini runs in a child JVM, and the
 * test sends SIGINT with kill(1) once the program has shown (by its output) that it is waiting.
 */
@EnabledOnOs(OS.LINUX)
class SignalTest {

    /** The runner sample catches SIGINT through signal.Notify and ends with "Terminating due to interrupt.". */
    @Test
    void runnerStopsOnInterrupt() throws Exception {
        Child c = start("samples/runner.go", "1h");
        c.awaitLine("Processor - Task #1.");
        c.signal("INT");
        assertEquals(2, c.waitFor());
        assertTrue(c.output().stream().anyMatch(l -> l.endsWith("Terminating due to interrupt.")), c.output().toString());
    }

    /** Without signal.Notify, SIGINT ends the program at once: killed by the signal (a shell says 130). */
    @Test
    void programWithoutNotifyDiesOnInterrupt() throws Exception {
        Child c = start("src/test/resources/signals/no_notify.go");
        c.awaitLine("waiting");
        c.signal("INT");
        assertEquals(130, c.waitFor());
        assertTrue(c.output().stream().noneMatch(l -> l.contains("not reached")), c.output().toString());
    }

    private static Child start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "gomini.cli.Main", "run"));
        cmd.addAll(List.of(args));
        assertTrue(Files.exists(Path.of(args[0])), args[0]);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // a child that never prints what the test waits for must not hang the suite: kill it after a minute
        CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(p::destroyForcibly);
        return new Child(p);
    }

    private static final class Child {
        final Process p;
        final List<String> lines = new ArrayList<>();
        final BufferedReader out;

        Child(Process p) {
            this.p = p;
            this.out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Reads output until a line ending with text appears (the program has got that far). */
        void awaitLine(String text) throws IOException {
            String l;
            while ((l = out.readLine()) != null) {
                lines.add(l);
                if (l.endsWith(text)) {
                    return;
                }
            }
            throw new AssertionError("output ended before \"" + text + "\": " + lines);
        }

        void signal(String sig) throws Exception {
            Process kill = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
        }

        int waitFor() throws Exception {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("still running 60 s after the signal: " + lines);
            }
            out.lines().forEach(lines::add);
            return p.exitValue();
        }

        List<String> output() {
            return lines;
        }
    }
}
