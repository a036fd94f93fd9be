package gomini.diag;

import gomini.ast.Pos;

/** One compile-time error, printed as Go prints it: {@code file:line:col: message}. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public String toString() {
        return pos + ": " + message;
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
