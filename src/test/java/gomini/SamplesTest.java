package gomini;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gomini.fixture.Expectation;
import gomini.fixture.FixtureFilter;
import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code samples/NAME.go} runs against its expectations in {@code samples/expected/} (format:
 * {@code samples/expected/README.md}): the plain run {@code NAME}, and one run per variant
 * {@code NAME@VARIANT} with the arguments of {@code NAME@VARIANT.args}. The program is passed to gomini as
 * {@code samples/NAME.go} (relative to the project directory, so that {@code import "samples/pool"} resolves
 * beside it), with empty standard input. A run whose {@code .shape}/{@code .pattern} is marked
 * {@code # slow} (minutes of real sleeping) is skipped: its quick variant covers the same code.
 *
 * <p>{@code -Dsamples=PATTERN} selects runs by name (e.g. {@code runner}, {@code 'runner@*'}; see
 * {@link FixtureFilter}), {@code -Dsamples.timeout=SECONDS} changes the per-run timeout (default 30).
 */
class SamplesTest {
    static final Path SAMPLES = Path.of("samples");
    static final Path EXPECTED = SAMPLES.resolve("expected");

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        FixtureFilter filter = FixtureFilter.parse(System.getProperty("samples", "").trim());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path go : programs()) {
            String name = baseName(go);
            List<String> bases = Expectation.bases(EXPECTED, name);
            if (bases.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(go.getFileName().toString(),
                        () -> fail("no expectation files for " + go + " in " + EXPECTED)));
                continue;
            }
            for (String base : bases) {
                String display = name + ".go" + base.substring(name.length());
                if (!filter.test(Path.of(base + ".go"))) continue;
                tests.add(DynamicTest.dynamicTest(display, go.toUri(), () -> run(go, base, bases)));
            }
        }
        if (tests.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("no samples selected",
                    () -> fail("no sample run matches -Dsamples=" + System.getProperty("samples", ""))));
        }
        return tests.stream();
    }

    private static void run(Path go, String base, List<String> bases) throws IOException {
        Expectation exp = Expectation.load(EXPECTED, base);
        if (exp.slow()) {
            List<String> others = bases.stream().filter(b -> !b.equals(base)).toList();
            Assumptions.abort("marked # slow (takes minutes); "
                    + (others.isEmpty() ? "no quick variant" : "the quick variant(s) " + others + " run instead"));
        }
        FixtureRunner.Report report = new FixtureRunner(FixtureRunner.GOMINI, timeout(), false).run(go, exp);
        if (!report.passed()) {
            fail(FixtureTest.failureMessage("samples/" + base + " (" + go + (exp.args().isEmpty() ? "" : " "
                    + String.join(" ", exp.args())) + ")", report));
        }
    }

    /** Sanity of the sample files themselves: every expectation file belongs to a sample. */
    @Test
    void everyExpectationFileBelongsToASample() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.list(EXPECTED)) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.equals("README.md")) continue;
                int dot = f.lastIndexOf('.');
                String base = dot < 0 ? f : f.substring(0, dot);
                int at = base.indexOf('@');
                String name = at < 0 ? base : base.substring(0, at);
                if (!Files.isRegularFile(SAMPLES.resolve(name + ".go"))) problems.add(f + ": no samples/" + name + ".go");
                if (dot < 0 || !List.of("out", "err", "code", "pattern", "shape", "args", "stdin").contains(f.substring(dot + 1))) {
                    problems.add(f + ": not an expectation file");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertFalse(programs().isEmpty(), "no samples/*.go");
    }

    /** samples/*.go (not the packages' files in samples/pool/ etc.), sorted. */
    static List<Path> programs() throws IOException {
        if (!Files.isDirectory(EXPECTED)) {
            throw new IllegalStateException("samples not found: " + EXPECTED.toAbsolutePath()
                    + " (run the tests from the project directory)");
        }
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static String baseName(Path go) {
        String f = go.getFileName().toString();
        return f.substring(0, f.length() - ".go".length());
    }

    static Duration timeout() {
        return Duration.ofSeconds(Long.getLong("samples.timeout", 30L));
    }
}
