package gomini.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gomini.ast.File;
import gomini.diag.CompileError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every fixture that is not broken on purpose parses. */
class FixtureParseTest {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicTest> fixturesParse() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> !p.startsWith(ROOT.resolve("errors")) && !p.startsWith(ROOT.resolve("bad")))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty(), "no fixtures under " + ROOT);
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            try {
                File f = SourceParser.parse(p.toString(), Files.readAllBytes(p));
                assertEquals(p.toString(), f.path());
            } catch (CompileError e) {
                throw new AssertionError(e.diagnostics().toString());
            }
        }));
    }
}
