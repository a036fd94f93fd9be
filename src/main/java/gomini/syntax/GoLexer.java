package gomini.syntax;

import gomini.ast.Pos;
import gomini.diag.Diagnostic;
import gomini.runtime.GoStrings;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Go's scanner on top of the generated one: inserts semicolons as the Go spec says, drops
 * newlines, comments and invalid characters, and reports malformed literals in Go's words (the
 * parse goes on, as cmd/compile's does).
 */
public final class GoLexer extends GoTokens {
    /** Text of a ';' inserted at a line end or at the end of the file, as Go's errors name them. */
    public static final String NEWLINE_SEMI = "newline";
    public static final String EOF_SEMI = "EOF";

    private final LineTable lines;
    private final List<Diagnostic> errors;
    private Token pending;
    private int lastType = -1;

    GoLexer(CharStream input, LineTable lines, List<Diagnostic> errors) {
        super(input);
        this.lines = lines;
        this.errors = errors;
        removeErrorListeners();
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        while (true) {
            Token t = super.nextToken();
            switch (t.getType()) {
                case NEWLINE, COMMENT -> {
                    if (t.getType() == COMMENT && t.getText().indexOf('\n') < 0) {
                        continue;
                    }
                    if (needsSemicolon()) {
                        return semicolon(t, NEWLINE_SEMI);
                    }
                }
                case LINE_COMMENT -> { }
                case Token.EOF -> {
                    if (needsSemicolon()) {
                        pending = t;
                        return semicolon(t, EOF_SEMI);
                    }
                    return t;
                }
                case BAD_COMMENT -> error(t, 0, "comment not terminated");
                case BOM -> {
                    if (t.getStartIndex() != 0) {
                        error(t, 0, "invalid BOM in the middle of the file");
                    }
                }
                case INVALID_CHAR -> error(t, 0, invalidChar(t.getText().codePointAt(0)));
                default -> {
                    return deliver(check(t));
                }
            }
        }
    }

    private boolean needsSemicolon() {
        return switch (lastType) {
            case IDENT, INT_LIT, FLOAT_LIT, IMAG_LIT, RUNE_LIT, STRING_LIT, RAW_STRING_LIT,
                    BREAK, CONTINUE, FALLTHROUGH, RETURN, INC, DEC, R_PAREN, R_BRACKET, R_CURLY -> true;
            default -> false;
        };
    }

    private Token semicolon(Token at, String text) {
        CommonToken semi = new CommonToken(at);
        semi.setType(SEMI);
        semi.setText(text);
        semi.setStopIndex(semi.getStartIndex() - 1);
        lastType = SEMI;
        return semi;
    }

    private Token deliver(Token t) {
        lastType = t.getType();
        return t;
    }

    /** Reports what is wrong with a literal; a malformed one still comes out as a literal. */
    private Token check(Token t) {
        String text = t.getText();
        switch (t.getType()) {
            case IDENT -> identifier(t, text);
            case INT_LIT, FLOAT_LIT, IMAG_LIT -> LiteralCheck.number(text, (off, msg) -> error(t, off, msg));
            case STRING_LIT -> LiteralCheck.string(text, (off, msg) -> error(t, off, msg));
            case RUNE_LIT -> LiteralCheck.rune(text, (off, msg) -> error(t, off, msg));
            case BAD_STRING -> {
                unterminated(t, "newline in string", "string not terminated");
                return retype(t, STRING_LIT);
            }
            case BAD_RUNE -> {
                unterminated(t, "newline in rune literal", "rune literal not terminated");
                return retype(t, RUNE_LIT);
            }
            case BAD_RAW -> {
                error(t, 0, "string not terminated");
                return retype(t, RAW_STRING_LIT);
            }
            default -> { }
        }
        return t;
    }

    /** What Go's scanner says of an identifier's characters beyond ASCII that are not letters. */
    private void identifier(Token t, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x80 && !Character.isLetter(c)) {
                if (!Character.isDigit(c)) {
                    error(t, i, "invalid character " + unicode(c) + " in identifier");
                } else if (i == 0) {
                    error(t, i, "identifier cannot begin with digit " + unicode(c));
                }
            }
            i += Character.charCount(c);
        }
    }

    private void unterminated(Token t, String atNewline, String atEof) {
        if (_input.LA(1) == CharStream.EOF) {
            error(t, 0, atEof);
        } else {
            error(t, t.getText().codePointCount(0, t.getText().length()), atNewline);
        }
    }

    private static Token retype(Token t, int type) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        return c;
    }

    private void error(Token t, int offset, String message) {
        Pos p = lines.at(t.getStartIndex() + offset);
        errors.add(new Diagnostic(p, message));
    }

    static String invalidChar(int c) {
        if (c == 0) {
            return "invalid NUL character";
        }
        if (c == 0xFFFD) {
            return "invalid UTF-8 encoding";
        }
        return "invalid character " + unicode(c);
    }

    /** Go's %#U: U+20AC '€', without the quoted character when it is not printable (U+00A0). */
    private static String unicode(int c) {
        String u = String.format("U+%04X", c);
        return GoStrings.isPrint(c) ? u + " '" + new String(Character.toChars(c)) + "'" : u;
    }
}
