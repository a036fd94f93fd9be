package gomini.interp;

import gomini.runtime.CallStack;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import java.util.ArrayList;

/** Running a frame's deferred calls, on return and while panicking (where recover may stop the panic). */
final class Defers {
    private Defers() {}

    static void runNormal(Frame f) {
        ArrayList<Frame.Deferred> ds = f.defers;
        Goroutine g = f.g;
        CallStack st = g.stack();
        while (!ds.isEmpty()) {
            Frame.Deferred d = ds.remove(ds.size() - 1);
            int savedDepth = g.recoverDepth;
            g.recoverDepth = -1;
            try {
                d.fn().call(g, d.args());
            } catch (NullPointerException e) {
                throw Panics.nilDeref();
            } finally {
                g.recoverDepth = savedDepth;
            }
        }
    }

    /**
     * Runs the deferred calls of a frame that is panicking with p. Returns normally when a deferred call
     * recovered (the function then returns its current results); otherwise throws the panic, which a
     * deferred call may have replaced with a new one.
     */
    static void runPanicking(Frame f, GoPanic p, int depth) {
        ArrayList<Frame.Deferred> ds = f.defers;
        Goroutine g = f.g;
        CallStack st = g.stack();
        GoPanic outer = g.panicking;
        int outerDepth = g.recoverDepth;
        GoPanic cur = p;
        try {
            while (!ds.isEmpty()) {
                Frame.Deferred d = ds.remove(ds.size() - 1);
                g.panicking = cur;
                g.recoverDepth = st.depth() + 1;
                try {
                    d.fn().call(g, d.args());
                } catch (GoPanic np) {
                    cur = np;
                    continue;
                } catch (NullPointerException e) {
                    cur = Panics.nilDerefDuring(cur);
                    continue;
                }
                if (cur.recovered()) {
                    // the panic is over: this function returns normally after its remaining defers
                    st.truncate(depth);
                    g.panicking = outer;
                    g.recoverDepth = outerDepth;
                    if (!ds.isEmpty()) {
                        runNormal(f);
                    }
                    return;
                }
            }
        } finally {
            g.panicking = outer;
            g.recoverDepth = outerDepth;
        }
        throw cur;
    }
}
