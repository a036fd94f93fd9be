package gomini.diag;

import java.util.List;

/**
 * A phase (syntax, checking, package loading) found errors: the program does not run. Carries the
 * diagnostics sorted by position; Go prints at most 10 and then "too many errors".
 */
public final class CompileError extends Exception {
    /** The message of the line Go adds after its 10th error. */
    public static final String TOO_MANY = "too many errors";

    private final transient List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
        // Go stops at 10 errors and says "too many errors" last, at the position of the 10th it found
        this.diagnostics = java.util.stream.Stream.concat(
                diagnostics.stream().filter(d -> !d.message().equals(TOO_MANY)).sorted(),
                diagnostics.stream().filter(d -> d.message().equals(TOO_MANY)).limit(1)).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
