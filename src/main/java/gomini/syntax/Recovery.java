package gomini.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * How cmd/compile's parser goes on after a syntax error, played on the token list: the parse stops
 * at the first error, so the tokens are edited into what Go's parser is left looking at once it has
 * skipped ahead, and the file is parsed again to find the next error. Go skips with
 * {@code advance(followlist)}: to the next token of the list or, inside a function, to the next
 * statement keyword. Only the common error sites are played; after any other error, nothing more
 * is reported.
 */
final class Recovery {
    private Recovery() {}

    /**
     * The tokens with the error at {@code tokens[at]} recovered from as Go would, or null if this
     * kind of error is not one Go is known here to recover from.
     */
    static List<Token> after(List<Token> tokens, int at, String message, boolean inFunction) {
        Token t = tokens.get(at);
        if (t.getType() == Token.EOF) {
            return null;
        }
        if (message.endsWith(", expecting expression")) {
            // operand(): a bad expression stands for everything up to ) ] } or a statement keyword
            int s = advance(tokens, at, inFunction, GoParser.R_PAREN, GoParser.R_BRACKET, GoParser.R_CURLY);
            return replace(tokens, at, s, synthetic(t, GoParser.IDENT, "_"));
        }
        if (message.endsWith(", expecting type")) {
            // type_(): a bad type stands for everything up to , : ; ) ] } or a statement keyword
            int s = advance(tokens, at, inFunction, GoParser.COMMA, GoParser.COLON, GoParser.SEMI,
                    GoParser.R_PAREN, GoParser.R_BRACKET, GoParser.R_CURLY);
            return replace(tokens, at, s, synthetic(t, GoParser.IDENT, "_"));
        }
        int close = message.endsWith(" in argument list; possibly missing comma or )")
                || message.endsWith(" in parameter list; possibly missing comma or )") ? GoParser.R_PAREN
                : message.endsWith(" in composite literal; possibly missing comma or }") ? GoParser.R_CURLY : -1;
        if (close >= 0) {
            // list(): skip to ) ] } or a keyword; the list ends there, closed only if that is its closer
            int s = advance(tokens, at, inFunction, GoParser.R_PAREN, GoParser.R_BRACKET, GoParser.R_CURLY);
            return tokens.get(s).getType() == close ? replace(tokens, at, s, null)
                    : replace(tokens, at, s, synthetic(t, close, close == GoParser.R_PAREN ? ")" : "}"));
        }
        int wanted = message.endsWith(", expecting )") ? GoParser.R_PAREN
                : message.endsWith(", expecting ]") ? GoParser.R_BRACKET
                : message.endsWith(", expecting :") ? GoParser.COLON
                : message.endsWith(", expecting (") ? GoParser.L_PAREN : -1;
        if (wanted >= 0) {
            // want(): the token is taken in place of the one wanted
            String text = GoParser.VOCABULARY.getLiteralName(wanted).replace("'", "");
            return replace(tokens, at, at + 1, synthetic(t, wanted, text));
        }
        if (message.endsWith(", expecting { after if clause") || message.endsWith(", expecting { after for clause")) {
            // blockStmt(): skip to a name or }, then read the block as if it had its {
            int s = advance(tokens, at, inFunction, GoParser.IDENT, GoParser.R_CURLY);
            return replace(tokens, at, s, synthetic(t, GoParser.L_CURLY, "{"));
        }
        if (message.endsWith(", expecting case or default or }")) {
            // caseClause(): skip to : case default or }, and read a clause from there
            int s = advance(tokens, at, inFunction, GoParser.COLON, GoParser.CASE, GoParser.DEFAULT, GoParser.R_CURLY);
            return replace(tokens, at, s, synthetic(t, GoParser.DEFAULT, "default"));
        }
        if (message.endsWith(" at end of statement") && inFunction) {
            // stmtList(): skip to ; } case default or a keyword, and take the ;
            int s = advance(tokens, at, true, GoParser.SEMI, GoParser.R_CURLY, GoParser.CASE, GoParser.DEFAULT);
            return replace(tokens, at, s, isStatementKeyword(tokens.get(s).getType()) ? synthetic(t, GoParser.SEMI, ";") : null);
        }
        if (message.endsWith(" after top level declaration")
                || message.equals("syntax error: non-declaration statement outside function body")) {
            // the declaration loop: skip to the next const, type, var or func
            int s = advance(tokens, at, false, GoParser.CONST, GoParser.TYPE, GoParser.VAR, GoParser.FUNC);
            Token before = at > 0 ? tokens.get(at - 1) : null;
            boolean separated = before != null && before.getType() == GoParser.SEMI;
            return replace(tokens, at, s, separated ? null : synthetic(t, GoParser.SEMI, ";"));
        }
        return null;
    }

    /** Index of the first token from {@code from} in the follow list (or a statement keyword, in a function), or EOF. */
    private static int advance(List<Token> tokens, int from, boolean inFunction, int... follow) {
        int i = from;
        for (; i < tokens.size() - 1; i++) {
            int type = tokens.get(i).getType();
            if (type == Token.EOF || inFunction && isStatementKeyword(type)) {
                break;
            }
            boolean found = false;
            for (int f : follow) {
                found |= f == type;
            }
            if (found) {
                break;
            }
        }
        return i;
    }

    /** Go's stopset: the keywords that start statements. */
    private static boolean isStatementKeyword(int type) {
        return switch (type) {
            case GoParser.BREAK, GoParser.CONST, GoParser.CONTINUE, GoParser.DEFER, GoParser.FALLTHROUGH,
                    GoParser.FOR, GoParser.GO, GoParser.GOTO, GoParser.IF, GoParser.RETURN, GoParser.SELECT,
                    GoParser.SWITCH, GoParser.TYPE, GoParser.VAR -> true;
            default -> false;
        };
    }

    private static List<Token> replace(List<Token> tokens, int from, int to, Token with) {
        List<Token> out = new ArrayList<>(tokens.size() + 1);
        out.addAll(tokens.subList(0, from));
        if (with != null) {
            out.add(with);
        }
        out.addAll(tokens.subList(to, tokens.size()));
        return out;
    }

    /** A token Go's parser behaves as if it had seen, placed where the error was. */
    private static Token synthetic(Token at, int type, String text) {
        CommonToken c = new CommonToken(at);
        c.setType(type);
        c.setText(text);
        c.setStopIndex(c.getStartIndex() - 1);
        return c;
    }
}
