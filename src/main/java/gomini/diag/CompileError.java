package gomini.diag;

import java.util.List;

/**
 * A phase (syntax, checking, package loading) found errors: the program does not run. Carries the
 * diagnostics sorted by position; Go prints at most 10 and then "too many errors".
 */
public final class CompileError extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = diagnostics.stream().sorted().toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
