package gomini.interp.nodes;

import gomini.interp.Frame;

/**
 * An executable expression. The compiler picks a node class from the expression's static type, so
 * the specialized evalLong/evalDouble/evalBool avoid boxing and type tests; the defaults unbox eval.
 */
public abstract class ExprNode {
    public abstract Object eval(Frame f);

    public long evalLong(Frame f) {
        return (Long) eval(f);
    }

    public double evalDouble(Frame f) {
        return (Double) eval(f);
    }

    public boolean evalBool(Frame f) {
        return (Boolean) eval(f);
    }

    /** True when eval returns a value no other location owns (no struct/array copy needed to store it). */
    public boolean fresh() {
        return false;
    }
}
