package gomini.runtime;

import java.util.Arrays;

/**
 * A goroutine's interpreted call stack, kept only for Go-style tracebacks: for each active Go call,
 * the function's Go name ("main.worker", "main.(*Pool).Acquire", "main.main.func1") and the file and
 * line it is executing. The interpreter pushes its frame on call, pops on return, and sets the frame's
 * line as statements start; the owning goroutine is its only writer.
 */
public final class CallStack {
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

        public Activation(Site site, int line) {
            this.site = site;
            this.line = line;
        }
    }

    // Empty until the first call, then small: a million goroutines waiting to start, or parked, each hold
    // one stack, and most are a few calls deep. Entries at and above depth are null, so a parked goroutine
    // keeps no frame of a call that returned.
    private static final Activation[] NO_FRAMES = {};
    private Activation[] frames = NO_FRAMES;
    private int depth;
    /** Go prints at most this many frames of a goroutine, then "...additional frames elided...". */
    private static final int MAX_TRACE_FRAMES = 100;

    /** The interpreter's push on every Go call; the activation's line is where the function starts. */
    public void push(Activation a) {
        int d = depth;
        if (d == frames.length) {
            grow();
        }
        frames[d] = a;
        depth = d + 1;
    }

    private void grow() {
        frames = Arrays.copyOf(frames, Math.max(4, depth * 2));
    }

    /** hasArgs: whether the function takes arguments (a receiver counts), which Go's traceback shows as (...). */
    public void push(String function, boolean hasArgs, String file, int line) {
        push(new Activation(new Fixed(function, file, hasArgs), line));
    }

    public void pop() {
        frames[--depth] = null;
    }

    public int depth() {
        return depth;
    }

    /** Unwinds to a depth recorded earlier (after a panic skipped pops). */
    public void truncate(int depth) {
        for (int i = depth; i < this.depth; i++) {
            frames[i] = null;
        }
        this.depth = depth;
    }

    public void setLine(int line) {
        frames[depth - 1].line = line;
    }

    public int line() {
        return frames[depth - 1].line;
    }

    /**
     * Appends Go's traceback of this stack, innermost call first, two lines a frame:
     * {@code main.worker(...)} (or {@code main.main()} for a function without arguments) then a tab and
     * {@code file.go:LINE}.
     */
    public void appendTrace(StringBuilder sb) {
        for (int i = depth - 1; i >= 0; i--) {
            if (depth - 1 - i == MAX_TRACE_FRAMES) {
                sb.append("...additional frames elided...\n");
                break;
            }
            Activation a = frames[i];
            Site site = a.site;
            sb.append(site.function()).append(site.hasArgs() ? "(...)" : "()").append('\n');
            sb.append('\t').append(site.file()).append(':').append(a.line).append('\n');
        }
    }

    public String function(int i) {
        return frames[i].site.function();
    }

    public String file(int i) {
        return frames[i].site.file();
    }

    public int line(int i) {
        return frames[i].line;
    }
}
