package gomini.interp.nodes;

import gomini.interp.Frame;

/**
 * An executable statement. exec returns how the statement completed, so that break, continue, return
 * and fallthrough cost a return value rather than an exception; a labeled break or continue also
 * leaves its label in {@link Frame#label}.
 */
public abstract class StmtNode {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int FALLTHROUGH = 4;

    public abstract int exec(Frame f);
}
