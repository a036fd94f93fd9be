package gomini;

import static org.junit.jupiter.api.Assertions.fail;

import gomini.fixture.Expectation;
import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests for programs made of several packages: each {@code src/test/resources/packages/NAME/}
 * holds main.go, the packages it imports (module style with a go.mod, or GOPATH style: folders beside
 * main.go) and main.out / main.err / main.code as real Go printed them (src/test/oracle/regen-packages;
 * "// oracle: spec" ones hand-written). main.go is run through {@link Gomini#run} with its path relative
 * to the project directory; positions in gomini's stderr are compared relative to NAME/, as go build
 * prints them from there ({@code pool/pool.go:4:2: ...}).
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

    private static void run(Path dir) throws IOException {
        Path main = dir.resolve("main.go");
        FixtureRunner runner = new FixtureRunner(FixtureRunner.GOMINI, Duration.ofSeconds(20), false);
        FixtureRunner.Outcome r = FixtureRunner.execute(FixtureRunner.GOMINI, main, List.of(), new byte[0],
                runner.timeout());
        if (r.thrown() != null) {
            fail("Gomini.run threw:\n" + FixtureRunner.stackTrace(r.thrown()));
        }
        // positions in other packages' files print relative to the program's folder, as go build run there
        String prefix = dir.toString().replace('\\', '/') + "/";
        byte[] err = r.stderrText().replace(prefix, "").getBytes(StandardCharsets.UTF_8);
        FixtureRunner.Outcome relative = new FixtureRunner.Outcome(r.code(), r.stdout(), err, r.thrown(),
                r.timedOut(), r.elapsed());
        List<String> problems = runner.compare(Expectation.load(dir, "main"), relative, "main.go");
        if (!problems.isEmpty()) {
            fail(dir.getFileName() + " failed:\n* " + String.join("\n* ", problems)
                    + "\n--- actual stderr ---\n" + r.stderrText());
        }
    }
}
