package gomini.interp;

import gomini.runtime.CallStack;
import gomini.runtime.Goroutine;
import java.util.ArrayList;

/**
 * One activation of a Go function: its slots (locals by index, boxed ones as Cells) and call state. It is
 * the goroutine's {@link CallStack} entry too, so statements record their line with a store into it.
 */
public final class Frame extends CallStack.Activation {
    public final Object[] slots;
    public final Goroutine g;
    /** The results of a return in a function with unnamed results: the value, or Object[] for several. */
    public Object ret;
    /** The label of a pending labeled break/continue (null for an unlabeled one). */
    public String label;
    /** Deferred calls, run last-in first-out when the function returns or panics; null when none. */
    public ArrayList<Deferred> defers;

    public Frame(FunctionCode code, Object[] slots, Goroutine g) {
        super(code, code.line);
        this.slots = slots;
        this.g = g;
    }

    /** A call registered by a defer statement: function and arguments already evaluated. */
    public record Deferred(gomini.runtime.GoFunc fn, Object[] args, int line) {}
}
