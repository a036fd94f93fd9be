package gomini.runtime;

/**
 * The value of a panic raised by the runtime (bounds, nil map, closed channel...). message is what
 * Error() returns; isRuntimeError tells whether it implements runtime.Error.
 */
public record RuntimeError(String message, boolean isRuntimeError) {
    @Override
    public String toString() {
        return message;
    }
}
