package gomini.runtime;

import java.util.Arrays;

/**
 * A goroutine's interpreted call stack, kept only for Go-style tracebacks: for each active Go call,
 * the function's Go name ("main.worker", "main.(*Pool).Acquire", "main.main.func1") and the file and
 * line it is executing. The interpreter pushes on call, pops on return, and sets the top frame's line
 * as statements start; the owning goroutine is its only writer.
 */
public final class CallStack {
    private String[] functions = new String[32];
    private String[] files = new String[32];
    private int[] lines = new int[32];
    private boolean[] hasArgs = new boolean[32];
    private int depth;
    /** Go prints at most this many frames of a goroutine, then "...additional frames elided...". */
    private static final int MAX_TRACE_FRAMES = 100;

    /** hasArgs: whether the function takes arguments (a receiver counts), which Go's traceback shows as (...). */
    public void push(String function, boolean hasArgs, String file, int line) {
        if (depth == functions.length) {
            int n = depth * 2;
            functions = Arrays.copyOf(functions, n);
            files = Arrays.copyOf(files, n);
            lines = Arrays.copyOf(lines, n);
            this.hasArgs = Arrays.copyOf(this.hasArgs, n);
        }
        functions[depth] = function;
        files[depth] = file;
        lines[depth] = line;
        this.hasArgs[depth] = hasArgs;
        depth++;
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
            sb.append(functions[i]).append(hasArgs[i] ? "(...)" : "()").append('\n');
            sb.append('\t').append(files[i]).append(':').append(lines[i]).append('\n');
        }
    }

    public String function(int i) {
        return functions[i];
    }

    public String file(int i) {
        return files[i];
    }

    public int line(int i) {
        return lines[i];
    }
}
