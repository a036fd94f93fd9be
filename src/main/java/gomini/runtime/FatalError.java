package gomini.runtime;

/**
 * An unrecoverable runtime failure ({@code fatal error: sync: unlock of unlocked mutex},
 * {@code fatal error: stack overflow}): recover cannot stop it; the program prints it and exits 2.
 */
public final class FatalError extends RuntimeException {
    public FatalError(String message) {
        super(message, null, false, false);
    }
}
