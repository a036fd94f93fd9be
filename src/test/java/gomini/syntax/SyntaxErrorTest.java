package gomini.syntax;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Messages checked against Go 1.19's `go build` output for the same files. */
class SyntaxErrorTest {

    private static List<String> errors(String src) {
        CompileError e = assertThrows(CompileError.class, () -> SourceParser.parse("a.go", src));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static List<String> errors(byte[] src) {
        CompileError e = assertThrows(CompileError.class, () -> SourceParser.parse("a.go", src));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static String main(String body) {
        return "package main\nfunc main() {\n" + body + "\n}\n";
    }

    @Test
    void missingPackageClause() {
        assertEquals(List.of("a.go:1:1: expected 'package', found 'EOF'"), errors(""));
        assertEquals(List.of("a.go:1:1: expected 'package', found 'func'"), errors("func main() {}\n"));
    }

    @Test
    void statementsOutsideFunctions() {
        assertEquals(List.of("a.go:2:1: syntax error: non-declaration statement outside function body"),
                errors("package main\nx := 1\nfunc main() {}\n"));
        assertEquals(List.of("a.go:4:1: syntax error: non-declaration statement outside function body"),
                errors("package main\nfunc main() {\n}\n}\n"));
        assertEquals(List.of("a.go:3:1: syntax error: unexpected semicolon or newline before {"),
                errors("package main\nfunc main()\n{\n}\n"));
    }

    @Test
    void headers() {
        assertEquals(List.of("a.go:3:6: syntax error: unexpected newline, expecting { after if clause"),
                errors(main("\tif x\n\t{\n\t}")));
        assertEquals(List.of("a.go:3:25: syntax error: unexpected newline, expecting { after for clause"),
                errors(main("\tfor i := 0; i < 10; i++\n\t{\n\t}")));
        assertEquals(List.of("a.go:3:7: syntax error: cannot use x := 1 as value"), errors(main("\tif x := 1 {\n\t}")));
        assertEquals(List.of("a.go:3:11: syntax error: missing condition in if statement"),
                errors(main("\tif x := 1; {\n\t}")));
        // Go 1.19 goes on after the first error: the block's '}' closed main, so the last one is extra
        assertEquals(List.of("a.go:3:14: syntax error: unexpected { at end of statement",
                "a.go:5:1: syntax error: non-declaration statement outside function body"),
                errors(main("\tif x == T{} {\n\t}")));
    }

    @Test
    void endOfStatementAndExpressions() {
        assertEquals(List.of("a.go:3:4: syntax error: unexpected y at end of statement"), errors(main("\tx y")));
        assertEquals(List.of("a.go:4:1: syntax error: unexpected }, expecting expression"), errors(main("\tx := 1 +")));
        assertEquals(List.of("a.go:3:6: syntax error: unexpected newline, expecting := or = or comma"),
                errors(main("\ta, b")));
        assertEquals(List.of("a.go:3:2: syntax error: unexpected else, expecting }"), errors(main("\telse {}")));
        assertEquals(List.of("a.go:5:1: syntax error: unexpected EOF, expecting }"),
                errors("package main\nfunc main() {\n\tfor {\n}\n"));
    }

    @Test
    void lists() {
        assertEquals(List.of("a.go:3:10: syntax error: unexpected newline in argument list; possibly missing comma or )"),
                errors(main("\tfoo(1, 2")));
        assertEquals(
                List.of("a.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
                errors(main("\tx := []int{1, 2\n\t}")));
        assertEquals(List.of("a.go:3:10: syntax error: unexpected newline, expecting comma, : or ]"),
                errors(main("\tx := a[1")));
        // Go 1.19 goes on: it reads a clause from the '}' and wants its ':'
        assertEquals(List.of("a.go:4:2: syntax error: unexpected foo, expecting case or default or }",
                "a.go:5:2: syntax error: unexpected }, expecting :"),
                errors(main("\tswitch x {\n\tfoo()\n\t}")));
        assertEquals(List.of("a.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"),
                errors("package main\ntype T struct {\n\tx int,\n}\n"));
        assertEquals(List.of("a.go:2:18: syntax error: mixed named and unnamed parameters"),
                errors("package main\nfunc f(a, b int, c) {}\n"));
    }

    @Test
    void literals() {
        assertEquals(List.of("a.go:3:11: newline in string"), errors(main("\tx := \"abc")));
        assertEquals(List.of("a.go:3:7: string not terminated"), errors("package main\nfunc main() {\n\tx := \"abc"));
        assertEquals(List.of("a.go:3:7: string not terminated"), errors("package main\nfunc main() {\n\tx := `abc"));
        assertEquals(List.of("a.go:3:9: newline in rune literal"), errors(main("\tx := 'a")));
        assertEquals(List.of("a.go:3:7: more than one character in rune literal"), errors(main("\tx := 'ab'")));
        assertEquals(List.of("a.go:3:8: empty rune literal or unescaped '"), errors(main("\tx := ''")));
        assertEquals(List.of("a.go:3:9: unknown escape"), errors(main("\tx := \"\\q\"")));
        assertEquals(List.of("a.go:3:2: comment not terminated"), errors("package main\nfunc main() {\n\t/* abc"));
        assertEquals(List.of("a.go:2:10: invalid digit '8' in octal literal", "a.go:3:11: hexadecimal literal has no digits",
                "a.go:4:11: '_' must separate successive digits"),
                errors("package main\nvar x = 08\nvar y = 0x\nvar z = 1__2\n"));
    }

    @Test
    void invalidCharactersAreSkipped() {
        assertEquals(List.of("a.go:3:4: invalid character U+0040 '@'",
                "a.go:3:6: syntax error: unexpected literal 1 at end of statement"), errors(main("\tx @ 1")));
        assertEquals(List.of("a.go:3:7: invalid NUL character", "a.go:4:1: syntax error: unexpected }, expecting expression"),
                errors(main("\tx := \0")));
    }

    @Test
    void identifiersTakeInEveryCharacterBeyondAscii() {
        // as Go's scanner: letters anywhere, digits after the first, anything else reported
        assertDoesNotThrow(() -> SourceParser.parse("a.go", main("\tπ, b\u0661 := 1, 2\n\t_, _ = π, b\u0661")));
        assertEquals(List.of("a.go:3:3: invalid character U+20AC '€' in identifier",
                "a.go:3:6: invalid character U+00A0 in identifier"), errors(main("\tx€\u00a0 := 1")));
        assertEquals(List.of("a.go:3:6: identifier cannot begin with digit U+0661 '\u0661'"),
                errors(main("\t_ = \u0661")));
    }

    @Test
    void goAndDeferNeedCalls() {
        assertEquals(List.of("a.go:3:5: expression in go must be function call"), errors(main("\tgo f")));
    }

    @Test
    void garbageIsACompileErrorNotAnException() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r'};
        assertEquals(List.of("a.go:3:1: unexpected NUL in input"), errors(png));
        byte[] bad = "\u00ff\u00fe garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("a.go:1:1: illegal UTF-8 encoding"), errors(bad));
        Random r = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[2000];
            r.nextBytes(junk);
            assertFalse(errors(junk).isEmpty());
            byte[] prefixed = ("package main\nfunc main() {\n" + new String(junk, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertFalse(errors(prefixed).isEmpty());
        }
    }

    @Test
    void deepNestingIsReportedNotThrown() {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        List<String> e = errors(main("\tx := " + deep + "\n\tx = ("));
        assertFalse(e.isEmpty());
    }
}
