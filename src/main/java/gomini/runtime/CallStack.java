package gomini.runtime;

/**
 * A goroutine's interpreted call stack, kept only for Go-style tracebacks: for each active Go call,
 * the function's Go name ("main.worker", "main.(*Pool).Acquire", "main.main.func1") and the file and
 * line it is executing. The interpreter pushes its frame on call, pops on return, and sets the frame's
 * line as statements start; the owning goroutine is its only writer.
 *
 * <p>Each {@link Goroutine} is its own call stack (it extends this class), and the activations are linked
 * innermost first through their callers: a million parked goroutines, most a call or two deep, then hold
 * no stack object and no array of their own, only their frames (bench/blocked: 56 B less per goroutine).
 */
public class CallStack {
    /** What a traceback shows of a function, fixed per function: the interpreter's compiled code is one. */
    public interface Site {
        /** Go's name: main.worker, main.(*Pool).Acquire, main.main.func1. */
        String function();

        String file();

        /** Whether the function takes arguments (a receiver counts), which Go's traceback shows as (...). */
        boolean hasArgs();
    }

    private record Fixed(String function, String file, boolean hasArgs) implements Site {}

    /**
     * One active call: its function and the line it is executing. The interpreter's frame is one, so that
     * setting the line of each statement is a store into the frame at hand, not a walk to this stack.
     */
    public static class Activation {
        final Site site;
        /** The line the call is executing; a traceback shows it. Written only by the owning goroutine. */
        public int line;
        /** The activation below this one while it is on a stack. */
        Activation caller;

        public Activation(Site site, int line) {
            this.site = site;
            this.line = line;
        }
    }

    /** The innermost activation; null before the first call. Older ones are reached through callers. */
    private Activation top;
    private int depth;
    /** Go prints at most this many frames of a goroutine, then "...additional frames elided...". */
    private static final int MAX_TRACE_FRAMES = 100;

    /** The interpreter's push on every Go call; the activation's line is where the function starts. */
    public void push(Activation a) {
        a.caller = top;
        top = a;
        depth++;
    }

    /** hasArgs: whether the function takes arguments (a receiver counts), which Go's traceback shows as (...). */
    public void push(String function, boolean hasArgs, String file, int line) {
        push(new Activation(new Fixed(function, file, hasArgs), line));
    }

    public void pop() {
        top = top.caller;
        depth--;
    }

    public int depth() {
        return depth;
    }

    /** Unwinds to a depth recorded earlier (after a panic skipped pops). */
    public void truncate(int depth) {
        Activation a = top;
        for (int d = this.depth; d > depth; d--) {
            a = a.caller;
        }
        top = a;
        this.depth = depth;
    }

    public void setLine(int line) {
        top.line = line;
    }

    public int line() {
        return top.line;
    }

    /**
     * Appends Go's traceback of this stack, innermost call first, two lines a frame:
     * {@code main.worker(...)} (or {@code main.main()} for a function without arguments) then a tab and
     * {@code file.go:LINE}.
     */
    public void appendTrace(StringBuilder sb) {
        int shown = 0;
        for (Activation a = top; a != null; a = a.caller) {
            if (shown++ == MAX_TRACE_FRAMES) {
                sb.append("...additional frames elided...\n");
                break;
            }
            Site site = a.site;
            sb.append(site.function()).append(site.hasArgs() ? "(...)" : "()").append('\n');
            sb.append('\t').append(site.file()).append(':').append(a.line).append('\n');
        }
    }

    /** The activation i calls from the outermost (0), as function(i), file(i) and line(i) count them. */
    private Activation at(int i) {
        Activation a = top;
        for (int d = depth - 1; d > i; d--) {
            a = a.caller;
        }
        return a;
    }

    public String function(int i) {
        return at(i).site.function();
    }

    public String file(int i) {
        return at(i).site.file();
    }

    public int line(int i) {
        return at(i).line;
    }
}
