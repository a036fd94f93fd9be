package gomini.runtime;

import java.util.Arrays;

/**
 * A goroutine's interpreted call stack, kept only for Go-style tracebacks: for each active Go call,
 * the function's Go name ("main.worker", "main.(*Pool).Acquire", "main.main.func1") and the file and
 * line it is executing. The interpreter pushes on call, pops on return, and sets the top frame's line
 * as statements start; the owning goroutine is its only writer.
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

    // Small at first: a million parked goroutines each hold one stack, and most are a few calls deep.
    private Site[] sites = new Site[4];
    private int[] lines = new int[4];
    private int depth;
    /** Go prints at most this many frames of a goroutine, then "...additional frames elided...". */
    private static final int MAX_TRACE_FRAMES = 100;

    /** The interpreter's push on every Go call: line is where the function starts. */
    public void push(Site site, int line) {
        int d = depth;
        if (d == sites.length) {
            grow();
        }
        sites[d] = site;
        lines[d] = line;
        depth = d + 1;
    }

    private void grow() {
        int n = depth * 2;
        sites = Arrays.copyOf(sites, n);
        lines = Arrays.copyOf(lines, n);
    }

    /** hasArgs: whether the function takes arguments (a receiver counts), which Go's traceback shows as (...). */
    public void push(String function, boolean hasArgs, String file, int line) {
        push(new Fixed(function, file, hasArgs), line);
    }

    public void pop() {
        depth--;
    }

    public int depth() {
        return depth;
    }

    /** Unwinds to a depth recorded earlier (after a panic skipped pops). */
    public void truncate(int depth) {
        this.depth = depth;
    }

    public void setLine(int line) {
        lines[depth - 1] = line;
    }

    public int line() {
        return lines[depth - 1];
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
            Site site = sites[i];
            sb.append(site.function()).append(site.hasArgs() ? "(...)" : "()").append('\n');
            sb.append('\t').append(site.file()).append(':').append(lines[i]).append('\n');
        }
    }

    public String function(int i) {
        return sites[i].function();
    }

    public String file(int i) {
        return sites[i].file();
    }

    public int line(int i) {
        return lines[i];
    }
}
