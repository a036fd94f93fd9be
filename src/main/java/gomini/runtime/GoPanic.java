package gomini.runtime;

/**
 * A Go panic unwinding the interpreted stack. value is the Go value passed to panic (an interface
 * value), or a {@link RuntimeError} for panics raised by the runtime itself, which the interpreter
 * turns into a runtime.Error value when a recover asks for it. No Java stack trace is recorded:
 * panics are control flow.
 */
public final class GoPanic extends RuntimeException {
    private final transient Object value;
    /** Earlier panics this one replaced while their deferred calls ran (printed as "[recovered]" chains). */
    private final transient GoPanic previous;
    private boolean recovered;

    public GoPanic(Object value, GoPanic previous) {
        super(null, null, false, false);
        this.value = value;
        this.previous = previous;
    }

    public GoPanic(Object value) {
        this(value, null);
    }

    /** A runtime error: {@code runtime error: index out of range [5] with length 3}. */
    public static GoPanic runtimeError(String message) {
        return new GoPanic(new RuntimeError("runtime error: " + message, true));
    }

    /** A runtime panic whose message has no "runtime error: " prefix, as Go's {@code send on closed channel}. */
    public static GoPanic plain(String message) {
        return new GoPanic(new RuntimeError(message, true));
    }

    public Object value() {
        return value;
    }

    public GoPanic previous() {
        return previous;
    }

    public boolean recovered() {
        return recovered;
    }

    public void setRecovered(boolean recovered) {
        this.recovered = recovered;
    }

    @Override
    public String getMessage() {
        return "Go panic: " + value;
    }
}
