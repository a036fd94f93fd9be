package gomini.interp;

import gomini.interp.nodes.StmtNode;
import gomini.runtime.CallStack;
import gomini.runtime.Cell;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Zero;
import gomini.types.Type;
import java.util.ArrayList;

/**
 * A compiled Go function body with its frame layout: what a call needs to build a frame, run the body,
 * run deferred calls (recovering from panics when asked) and collect the results.
 */
public final class FunctionCode implements CallStack.Site {
    /** Go's name for tracebacks: main.worker, main.(*Pool).Acquire, main.main.func1. */
    public final String name;
    public final String file;
    public final int line;
    public final boolean hasArgs;
    /** Grows while compiling: the compiler adds temporaries after the checker's slots. */
    public int frameSize;
    public int[] paramSlots;
    public boolean[] paramBoxed;
    public int[] captureSlots;
    /** Slots of named results (null when the results are unnamed). */
    public int[] resultSlots;
    public boolean[] resultBoxed;
    public Type[] resultTypes;
    public StmtNode body;
    /** The line of the body's closing brace, where Go's traceback places deferred calls run on return. */
    public int endLine;
    /**
     * Nested Go calls allowed before gomini reports Go's stack overflow: Go's 1 GB stack allows millions,
     * but unbounded recursion should end in seconds; the JVM stack (-Xss) must hold this many calls.
     */
    static final int MAX_DEPTH = 200_000;

    public FunctionCode(String name, String file, int line, boolean hasArgs) {
        this.name = name;
        this.file = file;
        this.line = line;
        this.hasArgs = hasArgs;
    }

    /** Calls with arguments already copied as Go passes them (variadic ones packed) and the closure's cells. */
    public Object call(Goroutine g, Object[] args, Cell[] captures) {
        Object[] slots = new Object[frameSize];
        int[] ps = paramSlots;
        for (int i = 0; i < ps.length; i++) {
            int s = ps[i];
            if (s >= 0) {
                slots[s] = paramBoxed[i] ? new Cell(args[i]) : args[i];
            }
        }
        if (captures != null) {
            for (int i = 0; i < captureSlots.length; i++) {
                slots[captureSlots[i]] = captures[i];
            }
        }
        return run(g, slots);
    }

    /** Runs the body in a frame whose parameter and capture slots are filled in. */
    public Object run(Goroutine g, Object[] slots) {
        if (resultSlots != null) {
            for (int i = 0; i < resultSlots.length; i++) {
                Object z = Zero.of(resultTypes[i]);
                slots[resultSlots[i]] = resultBoxed[i] ? new Cell(z) : z;
            }
        }
        CallStack st = g.stack();
        Frame f = new Frame(this, slots, g);
        st.push(f);
        int depth = st.depth();
        if (depth > MAX_DEPTH) {
            throw new StackOverflowError();
        }
        g.checkTerminated();
        try {
            body.exec(f);
        } catch (GoPanic p) {
            if (f.defers == null) {
                throw p;
            }
            Defers.runPanicking(f, p, depth);
            st.truncate(depth - 1);
            return results(f);
        } catch (StackOverflowError e) {
            if (st.depth() == depth) {
                // Go reports the overflowing call at its function's entry (the stack check)
                f.line = line;
            }
            throw e;
        } catch (NullPointerException e) {
            GoPanic p = Panics.nilDeref();
            if (f.defers == null) {
                throw p;
            }
            Defers.runPanicking(f, p, depth);
            st.truncate(depth - 1);
            return results(f);
        }
        if (f.defers != null) {
            f.line = endLine;
            Defers.runNormal(f);
        }
        st.truncate(depth - 1);
        return results(f);
    }

    private Object results(Frame f) {
        int[] rs = resultSlots;
        if (rs == null) {
            Object r = f.ret;
            if (r == null && resultTypes.length > 0) {
                // recovered before any return: the results are zero values
                r = zeroResults();
            }
            return r;
        }
        if (rs.length == 1) {
            return read(f, 0);
        }
        Object[] out = new Object[rs.length];
        for (int i = 0; i < rs.length; i++) {
            out[i] = read(f, i);
        }
        return out;
    }

    private Object zeroResults() {
        if (resultTypes.length == 1) {
            return Zero.of(resultTypes[0]);
        }
        Object[] out = new Object[resultTypes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Zero.of(resultTypes[i]);
        }
        return out;
    }

    private Object read(Frame f, int i) {
        Object v = f.slots[resultSlots[i]];
        return resultBoxed[i] ? ((Cell) v).value : v;
    }

    @Override
    public String function() {
        return name;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public boolean hasArgs() {
        return hasArgs;
    }

    @Override
    public String toString() {
        return name;
    }

    static void addDefer(Frame f, Frame.Deferred d) {
        if (f.defers == null) {
            f.defers = new ArrayList<>();
        }
        f.defers.add(d);
    }
}
