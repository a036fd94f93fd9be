package gomini.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class SemicolonInsertionTest {
    private final List<Diagnostic> errors = new ArrayList<>();

    /** The token texts the parser sees; inserted semicolons show as "newline" or "EOF". */
    private List<String> tokens(String src) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(src), new LineTable("t.go", src), errors);
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(t.getText());
        }
        return out;
    }

    @Test
    void afterIdentifierAndLiterals() {
        assertEquals(List.of("x", "newline", "1", "newline", "1.5", "newline", "2i", "newline", "'a'", "newline",
                "\"s\"", "newline", "`r`", "newline"), tokens("x\n1\n1.5\n2i\n'a'\n\"s\"\n`r`\n"));
    }

    @Test
    void afterKeywordsThatEndStatements() {
        assertEquals(List.of("return", "newline", "break", "newline", "continue", "newline", "fallthrough", "newline"),
                tokens("return\nbreak\ncontinue\nfallthrough\n"));
    }

    @Test
    void afterClosingBracketsAndIncDec() {
        assertEquals(List.of("}", "newline", ")", "newline", "]", "newline", "x", "++", "newline", "y", "--",
                "newline"), tokens("}\n)\n]\nx++\ny--\n"));
    }

    @Test
    void atEndOfFile() {
        assertEquals(List.of("}", "EOF"), tokens("}"));
        assertEquals(List.of("x", "EOF"), tokens("x // comment"));
    }

    @Test
    void noneAfterOperatorsOrOpeningBrackets() {
        assertEquals(List.of("x", "=", "1", "+", "2", "newline"), tokens("x = 1 +\n2\n"));
        assertEquals(List.of("f", "(", "a", ",", "b", ")", "newline"), tokens("f(\na,\nb)\n"));
        assertEquals(List.of("if", "x", "{", "}", "newline"), tokens("if x {\n}\n"));
        assertEquals(List.of(), tokens("\n\n\n"));
    }

    @Test
    void blockCommentSpanningLinesActsAsNewline() {
        assertEquals(List.of("x", "newline", "y", "newline"), tokens("x /* a\nb */ y\n"));
        assertEquals(List.of("x", "y", "newline"), tokens("x /* a b */ y\n"));
        assertEquals(List.of("x", "newline", "y", "newline"), tokens("x // c\ny\n"));
    }

    @Test
    void explicitSemicolonsStay() {
        assertEquals(List.of("a", ";", "b", "newline"), tokens("a; b\n"));
        assertTrue(errors.isEmpty());
    }

    @Test
    void rawStringsMaySpanLines() {
        assertEquals(List.of("`a\nb`", "newline"), tokens("`a\nb`\n"));
    }

    @Test
    void insertedSemicolonSitsAtTheNewline() {
        String src = "x\n";
        GoLexer lexer = new GoLexer(CharStreams.fromString(src), new LineTable("t.go", src), errors);
        lexer.nextToken();
        Token semi = lexer.nextToken();
        assertEquals(GoLexer.SEMI, semi.getType());
        assertEquals(1, semi.getLine());
        assertEquals(1, semi.getCharPositionInLine());
    }
}
