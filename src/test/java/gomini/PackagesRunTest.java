package gomini;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for programs made of several packages: each {@code src/test/resources/packages/NAME/}
 * holds main.go, the packages it imports (module style with a go.mod, or GOPATH style: folders beside
 * main.go) and main.out / main.err / main.code as real Go printed them (src/test/oracle/regen-packages;
 * "// oracle: spec" ones hand-written). main.go is run through {@link Gomini#run} with its path relative
 * to the project directory; positions in gomini's stderr are compared relative to NAME/, as go build
 * prints them from there ({@code pool/pool.go:4:2: ...}).
 *
 * <p>Skipped (not failed) while Gomini.run is the stub that prints "not implemented yet": the
 * interpreter wires packages in through {@code Checker.checkProgram} and {@code Info.packages}.
 */
class PackagesRunTest {
    static final Path ROOT = Path.of("src", "test", "resources", "packages");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("main.go"))).sorted().toList();
        }
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
    }

    private static void run(Path dir) {
        Path main = dir.resolve("main.go");
        GominiRunner.Outcome r = GominiRunner.run(main, List.of(), new byte[0], Duration.ofSeconds(20));
        Assumptions.assumeFalse(r.stderrText().contains("gomini: not implemented yet"),
                "Gomini.run is still a stub in this branch");
        if (r.thrown() != null) {
            fail("Gomini.run threw:\n" + GominiRunner.stackTrace(r.thrown()));
        }
        if (r.timedOut()) {
            fail("timed out\n--- stdout ---\n" + r.stdoutText() + "\n--- stderr ---\n" + r.stderrText());
        }
        String expOut = read(dir.resolve("main.out"), "");
        String expErr = read(dir.resolve("main.err"), "");
        int expCode = Integer.parseInt(read(dir.resolve("main.code"), "0").trim());
        String prefix = dir.toString().replace('\\', '/') + "/";
        String actErr = FixtureTest.stripDirs(r.stderrText().replace(prefix, ""), "main.go");
        List<String> problems = new ArrayList<>();
        if (r.code() != expCode) {
            problems.add("exit code: expected " + expCode + ", actual " + r.code());
        }
        if (!expOut.equals(r.stdoutText())) {
            problems.add("stdout differs (- expected, + actual):\n" + Diff.lines(expOut, r.stdoutText()));
        }
        StderrMatcher.Result m = StderrMatcher.match(expErr, actErr);
        if (!m.ok()) {
            problems.add("stderr: " + m.explanation());
        }
        if (!problems.isEmpty()) {
            fail(dir.getFileName() + " failed:\n* " + String.join("\n* ", problems) + "\n--- actual stderr ---\n" + actErr);
        }
    }

    private static String read(Path p, String dflt) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : dflt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
