package gomini;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every {@code src/test/resources/fixtures/<group>/<name>.go} is run through
 * {@link Gomini#run} and compared with its siblings
 * <ul>
 *   <li>{@code <name>.out}: exact stdout (absent = empty), compared byte for byte;</li>
 *   <li>{@code <name>.err}: normalized stderr (absent = empty), compared by {@link StderrMatcher}:
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
 * precedes the fixture's base name in gomini's stderr ({@code src/.../undefined_1.go:4:2: ...} becomes
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
        java.util.Map<String, String> known = knownFailing();
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
    static java.util.Map<String, String> knownFailing() throws IOException {
        Path list = ROOT.resolve("known-failing.txt");
        java.util.Map<String, String> known = new java.util.LinkedHashMap<>();
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
            org.junit.jupiter.api.Assumptions.abort("known failing (" + reason + ")");
        }
        fail(ROOT.relativize(goFile) + " passes now: take it off src/test/resources/fixtures/known-failing.txt");
    }

    /** All selected fixture .go files, sorted by relative path. */
    static List<Path> fixtureFiles() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("fixtures directory not found: " + ROOT.toAbsolutePath()
                    + " (run the tests from the project directory)");
        }
        List<Selector> selectors = selectors(System.getProperty("fixtures", "").trim());
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> {
                        if (selectors.isEmpty()) return true;
                        Path rel = ROOT.relativize(p);
                        return selectors.stream().anyMatch(sel -> sel.matches(rel));
                    })
                    .sorted((a, b) -> ROOT.relativize(a).toString().compareTo(ROOT.relativize(b).toString()))
                    .toList();
        }
    }

    private interface Selector { boolean matches(Path rel); }

    private static List<Selector> selectors(String spec) {
        List<Selector> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            if (p.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
                // also let "slices_*" match "lang/slices_1.go" (glob on the base name)
                out.add(rel -> m.matches(rel) || m.matches(rel.getFileName()));
            } else {
                out.add(rel -> rel.toString().replace('\\', '/').contains(p));
            }
        }
        return out;
    }

    static Duration timeout() {
        return Duration.ofSeconds(Long.getLong("fixtures.timeout", 20L));
    }

    static void runFixture(Path goFile) throws IOException {
        String file = goFile.getFileName().toString();
        String base = file.substring(0, file.length() - ".go".length());
        Path dir = goFile.getParent();

        byte[] expOut = readOr(dir.resolve(base + ".out"), new byte[0]);
        byte[] expErr = readOr(dir.resolve(base + ".err"), new byte[0]);
        int expCode = Integer.parseInt(new String(readOr(dir.resolve(base + ".code"), "0".getBytes()),
                StandardCharsets.US_ASCII).trim());
        List<String> args = List.of();
        Path argsFile = dir.resolve(base + ".args");
        if (Files.exists(argsFile)) {
            String line = Files.readString(argsFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
            args = line.isEmpty() ? List.of() : Arrays.asList(line.split("\\s+"));
        }
        byte[] stdin = readOr(dir.resolve(base + ".stdin"), new byte[0]);

        GominiRunner.Outcome r = GominiRunner.run(goFile, args, stdin, timeout());
        String actErrRaw = r.stderrText();
        if (r.thrown() != null) {
            fail("Gomini.run threw instead of returning an exit code:\n" + GominiRunner.stackTrace(r.thrown())
                    + "\n--- stdout so far ---\n" + r.stdoutText() + "\n--- stderr so far ---\n" + actErrRaw);
        }
        if (r.timedOut()) {
            fail("timed out after " + timeout().toSeconds() + " s (thread interrupted and abandoned)"
                    + "\n--- stdout so far ---\n" + tail(r.stdoutText()) + "\n--- stderr so far ---\n" + tail(actErrRaw));
        }

        List<String> problems = new ArrayList<>();
        if (r.code() != expCode) {
            problems.add("exit code: expected " + expCode + ", actual " + r.code());
        }
        if (!Arrays.equals(expOut, r.stdout())) {
            String e = new String(expOut, StandardCharsets.UTF_8), a = r.stdoutText();
            problems.add("stdout differs (- expected, + actual):\n" + (e.equals(a)
                    ? "  (differs only in invalid UTF-8 bytes)\n  expected hex: " + hex(expOut) + "\n  actual hex:   " + hex(r.stdout())
                    : Diff.lines(e, a)));
        }
        // Matching is done on ISO-8859-1 text, which maps bytes 1:1 to chars, so it is byte-exact even for
        // invalid UTF-8; explanations are redone on UTF-8 text so that they are readable.
        String expErrL = new String(expErr, StandardCharsets.ISO_8859_1);
        String actErrL = stripDirs(new String(r.stderr(), StandardCharsets.ISO_8859_1), file);
        StderrMatcher.Result m = StderrMatcher.match(expErrL, actErrL);
        if (!m.ok()) {
            StderrMatcher.Result readable = StderrMatcher.match(new String(expErr, StandardCharsets.UTF_8),
                    stripDirs(actErrRaw, file));
            problems.add("stderr: " + (readable.ok() ? "differs only in invalid UTF-8 bytes:\n" + m.explanation()
                    : readable.explanation()));
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder(ROOT.relativize(goFile).toString()).append(" failed:\n");
            for (String p : problems) sb.append("* ").append(p).append(p.endsWith("\n") ? "" : "\n");
            if (r.code() != expCode && m.ok() && Arrays.equals(expOut, r.stdout())) {
                sb.append("--- actual stderr ---\n").append(actErrRaw);
            }
            fail(sb.toString());
        }
    }

    /**
     * Removes any directory prefix directly in front of {@code fileName} in {@code text}, e.g.
     * "src/test/resources/fixtures/errors/x.go:3:2: ..." becomes "x.go:3:2: ..." and
     * "\t/abs/path/x.go:12" becomes "\tx.go:12".
     */
    static String stripDirs(String text, String fileName) {
        Pattern p = Pattern.compile("(?<![^\\s(\"'`])[^\\s(\"'`]*[/\\\\](?=" + Pattern.quote(fileName) + "(?::|\\b))");
        return p.matcher(text).replaceAll("");
    }

    private static byte[] readOr(Path p, byte[] dflt) {
        try {
            return Files.exists(p) ? Files.readAllBytes(p) : dflt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length && i < 400; i++) sb.append(String.format("%02x", b[i] & 0xff));
        if (b.length > 400) sb.append("...");
        return sb.toString();
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : "...\n" + s.substring(s.length() - 4000);
    }
}
