package gomini.diag;

import gomini.ast.Pos;

/**
 * One compile-time error, printed as Go prints it: {@code file:line:col: message}. An error the go command
 * reports without a position (an import cycle) has {@link Pos#NONE} and prints as its message alone.
 */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public String toString() {
        return pos.file().isEmpty() && pos.line() == 0 ? message : pos + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.file().compareTo(o.pos.file());
        if (c == 0) {
            c = Integer.compare(pos.line(), o.pos.line());
        }
        if (c == 0) {
            c = Integer.compare(pos.col(), o.pos.col());
        }
        return c;
    }
}
