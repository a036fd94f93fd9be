package gomini.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/**
 * State behind Go's composite-literal rule: in an if/for/switch header, {@code T{} } is not a
 * composite literal unless it is inside parentheses, brackets or braces. Plays the part of
 * cmd/compile's xnest counter: a header pushes "restricted", any bracketing pushes "free".
 */
public abstract class GoParserBase extends Parser {
    private boolean[] restricted = new boolean[64];
    private int depth;

    protected GoParserBase(TokenStream input) {
        super(input);
    }

    protected void enterHeader() {
        push(true);
    }

    protected void enterNested() {
        push(false);
    }

    protected void exitNesting() {
        if (depth > 0) {
            depth--;
        }
    }

    boolean nameLiteralAllowed() {
        return depth == 0 || !restricted[depth - 1];
    }

    /** Forgets the nesting left over by a parse that was abandoned half-way. */
    void resetNesting() {
        depth = 0;
    }

    private void push(boolean r) {
        if (depth == restricted.length) {
            restricted = java.util.Arrays.copyOf(restricted, depth * 2);
        }
        restricted[depth++] = r;
    }
}
