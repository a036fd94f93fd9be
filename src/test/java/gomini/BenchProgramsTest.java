package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark program in {@code bench/} runs correctly at a small size: the program is read from
 * bench/, its size is cut by one text substitution, and gomini must print what real Go (1.19) printed for
 * that same small program. So a benchmark that gomini runs fast but wrongly fails here, not only in
 * bench/run's checksum check, which the test suite never runs. The substitution must match exactly once:
 * a benchmark edited so that it no longer does fails here instead of running at full size.
 */
class BenchProgramsTest {
    static final Path BENCH = Path.of("bench");

    /**
     * How one benchmark is made small: replace {@code from} by {@code to} (an empty {@code from}: run it as it
     * is, for hello); Go then prints {@code output}.
     */
    record Small(String from, String to, String output) {}

    // Outputs from `go run` (Go 1.19) of the substituted programs.
    static final Map<String, Small> SMALL = Map.of(
            "blocked", new Small("const goroutines = 1000000", "const goroutines = 1000", "1000\n"),
            "fanin", new Small("const perProducer = 100000", "const perProducer = 1000", "4000 7998000\n"),
            "fib", new Small("fib(32)", "fib(20)", "6765\n"),
            "hello", new Small("", "", "hello, world\n"),
            "mutexmap", new Small("perG       = 250000", "perG       = 2500", "100 10000\n"),
            "pingpong", new Small("const rounds = 500000", "const rounds = 1000", "1000\n"),
            "sieve", new Small("const primes = 2000", "const primes = 100", "541 24133\n"),
            "skynet", new Small("skynet(c, 0, 1000000, 10)", "skynet(c, 0, 10000, 10)", "49995000\n"),
            "spawn", new Small("const goroutines = 1000000", "const goroutines = 1000", "499500\n"),
            "workerpool", new Small("jobs    = 300000", "jobs    = 3000", "8997000\n"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> benchmarksAtSmallSizes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(BENCH)) {
            for (Path go : files.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String name = go.getFileName().toString().replaceFirst("\\.go$", "");
                tests.add(DynamicTest.dynamicTest(name, go.toUri(), () -> runSmall(go, name)));
            }
        }
        assertFalse(tests.isEmpty(), "no programs in " + BENCH.toAbsolutePath());
        return tests.stream();
    }

    private void runSmall(Path go, String name) throws IOException {
        Small small = SMALL.get(name);
        if (small == null) {
            fail("bench/" + name + ".go has no small size in BenchProgramsTest.SMALL");
        }
        String source = Files.readString(go);
        if (!small.from().isEmpty()) {
            int at = source.indexOf(small.from());
            if (at < 0 || source.indexOf(small.from(), at + 1) >= 0) {
                fail("bench/" + name + ".go must contain \"" + small.from() + "\" exactly once");
            }
            source = source.replace(small.from(), small.to());
        }
        Path file = tmp.resolve(name + ".go");
        Files.writeString(file, source);
        FixtureRunner.Outcome r = FixtureRunner.execute(FixtureRunner.GOMINI, file, List.of(), new byte[0],
                Duration.ofSeconds(60));
        assertFalse(r.timedOut(), name + " did not finish within 60 s");
        assertNull(r.thrown(), () -> FixtureRunner.stackTrace(r.thrown()));
        assertEquals("", r.stderrText(), name + ": stderr");
        assertEquals(small.output(), r.stdoutText(), name + ": stdout");
        assertEquals(0, r.code(), name + ": exit code");
    }

    /**
     * bench/handoff/Handoff.java drives gomini's runtime from Java and is built by hand, outside Maven:
     * compiling it here keeps it in step with the runtime's API.
     */
    @Test
    void handoffDriverCompilesAgainstTheRuntime() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", tmp.toString(), "-cp", System.getProperty("java.class.path"),
                BENCH.resolve("handoff/Handoff.java").toString());
        assertEquals(0, code, "javac bench/handoff/Handoff.java");
        assertTrue(Files.exists(tmp.resolve("Handoff.class")));
    }
}
