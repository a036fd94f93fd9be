package gomini;

import static org.junit.jupiter.api.Assertions.fail;

import gomini.fixture.Expectation;
import gomini.fixture.FixtureFilter;
import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every {@code src/test/resources/fixtures/<group>/<name>.go} is run through
 * {@link Gomini#run} by {@link FixtureRunner} (the same code as {@code gomini test}) and compared with its
 * siblings ({@link Expectation})
 * <ul>
 *   <li>{@code <name>.out}: exact stdout (absent = empty), compared byte for byte;</li>
 *   <li>{@code <name>.err}: normalized stderr (absent = empty), compared by {@link gomini.fixture.StderrMatcher}:
 *       exactly up to the first {@code goroutine } line, then only goroutine headers, {@code main.*} frames
 *       with their {@code \tfile.go:LINE} lines and {@code created by main.*} lines;</li>
 *   <li>{@code <name>.code}: exit code (absent = 0);</li>
 *   <li>optional inputs {@code <name>.args} (one line, split on whitespace like the oracle's
 *       {@code read -a}) and {@code <name>.stdin}.</li>
 * </ul>
 * Expectations come from real Go via {@code src/test/oracle/regen}, except fixtures whose first lines
 * contain {@code // oracle: spec} (Go 1.22+ semantics, written by hand from the spec) and the whole
 * {@code bad/} group (bad input to gomini itself: empty file, binary garbage, no main, ...), whose
 * expectations are hand-written from what {@code go build} prints, in the {@code name.go:L:C: msg} form
 * (regen skips bad/). Where go build gives no position, the fixtures chose one: the first NUL byte for
 * "unexpected NUL in input", the package clause (1:1) for "function main is undeclared in the main package"
 * and for a non-main package ("package foo is not a main package", which is what {@code go run} reports;
 * {@code go build} accepts a library package silently). All of them exit with code 2, like a compile error.
 *
 * <p><b>File names in messages.</b> The fixture is passed to gomini as a path relative to the project
 * directory (e.g. {@code src/test/resources/fixtures/errors/undefined_1.go}); gomini prints positions
 * with the path as given. Before comparing, the harness strips any directory prefix that directly
 * precedes the fixture's base name in gomini's stderr ({@link FixtureRunner#stripDirs}) ({@code src/.../undefined_1.go:4:2: ...} becomes
 * {@code undefined_1.go:4:2: ...}, likewise in trace location lines), which is the form the expected
 * files use. gomini may thus print either form.
 *
 * <p><b>Developer options</b> (system properties; Maven passes {@code -D} options through):
 * {@code -Dfixtures=PATTERN} runs only matching fixtures: if PATTERN contains one of {@code *?[{} it is a
 * glob matched against the path relative to the fixtures directory (e.g. {@code 'lang/slices_*'},
 * {@code '**}{@code /panic_*'}), otherwise a substring of that path (e.g. {@code errors/}, {@code defer}).
 * A comma separates several patterns. {@code -Dfixtures.timeout=SECONDS} changes the per-fixture
 * timeout (default 20).
 */
class FixtureTest {
    static final Path ROOT = Path.of("src", "test", "resources", "fixtures");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> files = fixtureFiles();
        if (files.isEmpty()) {
            String filter = System.getProperty("fixtures", "");
            return Stream.of(DynamicTest.dynamicTest("no fixtures selected",
                    () -> fail("no fixture under " + ROOT.toAbsolutePath() + " matches -Dfixtures=" + filter)));
        }
        Map<String, String> known = knownFailing();
        return files.stream().map(f -> {
            String name = ROOT.relativize(f).toString().replace('\\', '/');
            String reason = known.get(name);
            return DynamicTest.dynamicTest(name, f.toUri(),
                    reason == null ? () -> runFixture(f) : () -> runKnownFailing(f, reason));
        });
    }

    /**
     * Fixtures listed in {@code known-failing.txt} (one {@code group/name.go  # reason} a line) are
     * features gomini does not have yet. They still run: one that fails is reported as skipped with its
     * reason; one that passes fails the build until it is taken off the list, so the list cannot go stale.
     */
    static Map<String, String> knownFailing() throws IOException {
        Path list = ROOT.resolve("known-failing.txt");
        Map<String, String> known = new LinkedHashMap<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int hash = l.indexOf('#');
                String name = (hash < 0 ? l : l.substring(0, hash)).strip();
                known.put(name, hash < 0 ? "not supported yet" : l.substring(hash + 1).strip());
            }
        }
        return known;
    }

    private static void runKnownFailing(Path goFile, String reason) throws IOException {
        try {
            runFixture(goFile);
        } catch (AssertionError expected) {
            Assumptions.abort("known failing (" + reason + ")");
        }
        fail(ROOT.relativize(goFile) + " passes now: take it off src/test/resources/fixtures/known-failing.txt");
    }

    /** All selected fixture .go files, sorted by relative path. */
    static List<Path> fixtureFiles() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("fixtures directory not found: " + ROOT.toAbsolutePath()
                    + " (run the tests from the project directory)");
        }
        FixtureFilter filter = FixtureFilter.parse(System.getProperty("fixtures", "").trim());
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> filter.test(ROOT.relativize(p)))
                    .sorted((a, b) -> ROOT.relativize(a).toString().compareTo(ROOT.relativize(b).toString()))
                    .toList();
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(Long.getLong("fixtures.timeout", 20L));
    }

    /** Runs one fixture (its expectation files beside it) and fails with every mismatch. */
    static void runFixture(Path goFile) throws IOException {
        String file = goFile.getFileName().toString();
        String base = file.substring(0, file.length() - ".go".length());
        Expectation exp = Expectation.load(goFile.getParent(), base);
        FixtureRunner.Report report = new FixtureRunner(FixtureRunner.GOMINI, timeout(), false).run(goFile, exp);
        if (!report.passed()) fail(failureMessage(ROOT.relativize(goFile).toString(), report));
    }

    /** "NAME failed:" and one "* " bullet per mismatch. */
    static String failureMessage(String name, FixtureRunner.Report report) {
        StringBuilder sb = new StringBuilder(name).append(" failed:\n");
        for (String p : report.mismatches()) sb.append("* ").append(p).append(p.endsWith("\n") ? "" : "\n");
        return sb.toString();
    }
}
