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
 * The golden fixtures seen by the checker alone: every program that go build accepts must check
 * cleanly, and every compile-error fixture must produce exactly Go's messages.
 */
class CheckerFixturesTest {
    static final Path ROOT = Path.of("src", "test", "resources", "fixtures");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().filter(p -> !p.getParent().getFileName().toString().equals("bad")).map(p -> DynamicTest.dynamicTest(
                ROOT.relativize(p).toString(), () -> run(p)));
    }

    private static void run(Path p) throws IOException {
        String name = p.getFileName().toString();
        String src = Files.readString(p, StandardCharsets.ISO_8859_1);
        src = new String(src.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        Path errFile = Path.of(p.toString().replaceAll("\\.go$", ".err"));
        String expected = "";
        boolean compileError = false;
        if (Files.exists(errFile)) {
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            compileError = err.startsWith(name + ":");
            if (compileError) {
                expected = err.replace("\t./" + name, "\t" + name);
            }
        }
        gomini.ast.File file;
        try {
            file = SourceParser.parse(name, src);
        } catch (CompileError e) {
            return; // a syntax error: not the checker's business
        }
        for (gomini.ast.Spec.ImportSpec is : file.imports()) {
            // std packages not provided yet (another helper's work) would only add noise
            org.junit.jupiter.api.Assumptions.assumeTrue(gomini.lib.Registry.lookup(is.path()) != null || compileError);
        }
        String actual = "";
        try {
            Checker.check(List.of(file));
        } catch (CompileError e) {
            actual = e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")) + "\n";
        }
        assertEquals(expected, actual);
    }
}
