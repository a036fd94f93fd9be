package gomini.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gomini.ast.File;
import gomini.diag.CompileError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
    private static final byte[] HELLO = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aFileParsedOnceIsReadBackEqual() throws Exception {
        ParseCache cache = ParseCache.in(dir);
        assertNull(cache.lookup("hello.go", HELLO));
        File parsed = SourceParser.parse("hello.go", HELLO, cache);
        assertEquals(1, entries().size());
        assertEquals(parsed, cache.lookup("hello.go", HELLO));
        assertEquals(parsed, SourceParser.parse("hello.go", HELLO, cache));
    }

    @Test
    void anotherSourceOrAnotherPathMisses() throws Exception {
        ParseCache cache = ParseCache.in(dir);
        SourceParser.parse("hello.go", HELLO, cache);
        byte[] edited = new String(HELLO, StandardCharsets.UTF_8).replace("hi", "ho").getBytes(StandardCharsets.UTF_8);
        assertNull(cache.lookup("hello.go", edited));
        assertNull(cache.lookup("other/hello.go", HELLO));
        // positions print the path: the same text under another name is another AST
        File other = SourceParser.parse("other/hello.go", HELLO, cache);
        assertEquals("other/hello.go", other.decls().get(0).pos().file());
        assertEquals(2, entries().size());
        assertEquals(other, cache.lookup("other/hello.go", HELLO));
    }

    @Test
    void aDamagedEntryIsAMissAndIsReplaced() throws Exception {
        ParseCache cache = ParseCache.in(dir);
        File parsed = SourceParser.parse("hello.go", HELLO, cache);
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length - 7));
        assertNull(cache.lookup("hello.go", HELLO));
        Files.write(entry, new byte[] {1, 2, 3});
        assertNull(cache.lookup("hello.go", HELLO));
        assertEquals(parsed, SourceParser.parse("hello.go", HELLO, cache));
        assertEquals(parsed, cache.lookup("hello.go", HELLO));
    }

    @Test
    void anEntryWrittenByAnotherBuildIsAMiss() throws Exception {
        File parsed = SourceParser.parse("hello.go", HELLO, ParseCache.in(dir, 1));
        assertNull(ParseCache.in(dir, 2).lookup("hello.go", HELLO));
        assertEquals(parsed, ParseCache.in(dir, 1).lookup("hello.go", HELLO));
    }

    @Test
    void aFileWithErrorsIsNotStoredAndStillReportsThem() throws Exception {
        ParseCache cache = ParseCache.in(dir);
        byte[] bad = "package main\nfunc main() {\n".getBytes(StandardCharsets.UTF_8);
        CompileError first = assertThrows(CompileError.class, () -> SourceParser.parse("bad.go", bad, cache));
        CompileError again = assertThrows(CompileError.class, () -> SourceParser.parse("bad.go", bad, cache));
        assertEquals(first.diagnostics().toString(), again.diagnostics().toString());
        assertEquals(List.of(), entries());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheParse() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        ParseCache cache = ParseCache.in(notADirectory.resolve("cache"));
        File parsed = SourceParser.parse("hello.go", HELLO, cache);
        assertNotNull(parsed);
        assertNull(cache.lookup("hello.go", HELLO));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ast")).sorted().toList();
        }
    }
}
