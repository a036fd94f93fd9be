package gomini.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.syntax.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compile-error probes under src/test/resources/checker: each NAME.go with the errors Go 1.19 printed
 * for it (go build -gcflags=-e, all errors) in NAME.err, translated to modern Go's wording by
 * src/test/oracle/modernize-errors ("declared and not used: x", "as T value in assignment: cause",
 * "(missing method M)", ...).
 */
class CheckerErrorsTest {
    static final Path DIR = Path.of("src", "test", "resources", "checker");

    @TestFactory
    Stream<DynamicTest> probes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path p) throws Exception {
        String name = p.getFileName().toString();
        String expected = Files.readString(Path.of(p.toString().replaceAll("\\.go$", ".err")), StandardCharsets.UTF_8).strip();
        String actual;
        String old = System.getProperty("gomini.allErrors");
        System.setProperty("gomini.allErrors", "true");
        try {
            Checker.check(List.of(SourceParser.parse(name, Files.readString(p, StandardCharsets.UTF_8))));
            actual = "";
        } catch (CompileError e) {
            actual = e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        } finally {
            if (old == null) {
                System.clearProperty("gomini.allErrors");
            } else {
                System.setProperty("gomini.allErrors", old);
            }
        }
        assertEquals(expected, actual.replace("\t" + name, "\t./" + name));
    }
}
