package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.runtime.Cell;

/** Statements: sequencing, expression statements, assignment, if, return, branches. */
public final class Stmts {
    private Stmts() {}

    /** Children: the statements; lines: each statement's line, recorded for tracebacks as it starts. */
    public static final class BlockNode extends StmtNode {
        final StmtNode[] stmts;
        final int[] lines;

        public BlockNode(StmtNode[] stmts, int[] lines) {
            this.stmts = stmts;
            this.lines = lines;
        }

        @Override
        public int exec(Frame f) {
            StmtNode[] ss = stmts;
            for (int i = 0; i < ss.length; i++) {
                f.line = lines[i];
                int c = ss[i].exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    public static final class ExprStmtNode extends StmtNode {
        final ExprNode x;

        public ExprStmtNode(ExprNode x) {
            this.x = x;
        }

        @Override
        public int exec(Frame f) {
            x.eval(f);
            return NORMAL;
        }
    }

    /** Statements in sequence, without line bookkeeping (parts of one declaration). */
    public static final class SeqBlock extends StmtNode {
        final StmtNode[] stmts;

        public SeqBlock(java.util.List<StmtNode> stmts) {
            this.stmts = stmts.toArray(new StmtNode[0]);
        }

        @Override
        public int exec(Frame f) {
            for (StmtNode s : stmts) {
                int c = s.exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    public static final class EmptyNode extends StmtNode {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }

    /** x := v for a new local (a boxed one gets a fresh Cell, so each execution is a new variable). */
    public static final class DefineNode extends StmtNode {
        final int slot;
        final boolean boxed;
        final ExprNode value;

        public DefineNode(int slot, boolean boxed, ExprNode value) {
            this.slot = slot;
            this.boxed = boxed;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            f.slots[slot] = boxed ? new Cell(v) : v;
            return NORMAL;
        }
    }

    /** Defines a local from an already computed value (tuple unpacking, range variables). */
    public static void define(Frame f, int slot, boolean boxed, Object v) {
        if (slot >= 0) {
            f.slots[slot] = boxed ? new Cell(v) : v;
        }
    }

    /** i++ / i += c on an unboxed int local of 64-bit width. */
    public static final class IncLocalNode extends StmtNode {
        final int slot;
        final long delta;

        public IncLocalNode(int slot, long delta) {
            this.slot = slot;
            this.delta = delta;
        }

        @Override
        public int exec(Frame f) {
            f.slots[slot] = (Long) f.slots[slot] + delta;
            return NORMAL;
        }
    }

    public static final class AssignNode extends StmtNode {
        final Lvals.LvalNode target;
        final ExprNode value;

        final boolean simple;

        public AssignNode(Lvals.LvalNode target, ExprNode value) {
            this.target = target;
            this.value = value;
            this.simple = target instanceof Lvals.LocalLval || target instanceof Lvals.CellLval
                    || target instanceof Lvals.GlobalLval || target instanceof Lvals.BlankNode;
        }

        @Override
        public int exec(Frame f) {
            if (simple) {
                target.assign(f, value.eval(f));
            } else {
                // Go evaluates the target's index and pointer operands before the value
                Object prep = target.prepare(f);
                target.store(f, prep, value.eval(f));
            }
            return NORMAL;
        }


    }

    /** a, b = x, y: operands of the targets, then values, are evaluated before any store. */
    public static final class TupleAssignNode extends StmtNode {
        final Lvals.LvalNode[] targets;
        final ExprNode[] values;

        public TupleAssignNode(Lvals.LvalNode[] targets, ExprNode[] values) {
            this.targets = targets;
            this.values = values;
        }

        @Override
        public int exec(Frame f) {
            int n = targets.length;
            Object[] preps = new Object[n];
            for (int i = 0; i < n; i++) {
                preps[i] = targets[i].prepare(f);
            }
            Object[] vs = new Object[n];
            for (int i = 0; i < n; i++) {
                vs[i] = values[i].eval(f);
            }
            for (int i = 0; i < n; i++) {
                targets[i].store(f, preps[i], vs[i]);
            }
            return NORMAL;
        }
    }

    /**
     * a, b = f() / v, ok = m[k]: one multi-valued expression. convert adapts each value to its target
     * (interface wrapping, copying); entries may be null.
     */
    public static final class UnpackAssignNode extends StmtNode {
        final Lvals.LvalNode[] targets;
        final ExprNode tuple;
        final ValueConverter[] convert;

        public UnpackAssignNode(Lvals.LvalNode[] targets, ExprNode tuple, ValueConverter[] convert) {
            this.targets = targets;
            this.tuple = tuple;
            this.convert = convert;
        }

        @Override
        public int exec(Frame f) {
            int n = targets.length;
            Object[] preps = new Object[n];
            for (int i = 0; i < n; i++) {
                preps[i] = targets[i].prepare(f);
            }
            Object[] vs = (Object[]) tuple.eval(f);
            for (int i = 0; i < n; i++) {
                Object v = vs[i];
                if (convert[i] != null) {
                    v = convert[i].convert(v);
                }
                targets[i].store(f, preps[i], v);
            }
            return NORMAL;
        }
    }

    /** a, b := f(): defines (or, for already declared names, assigns) from a multi-valued expression. */
    public static final class UnpackDefineNode extends StmtNode {
        final int[] slots;
        final boolean[] boxed;
        final Lvals.LvalNode[] existing;
        final ExprNode tuple;
        final ValueConverter[] convert;

        public UnpackDefineNode(int[] slots, boolean[] boxed, Lvals.LvalNode[] existing, ExprNode tuple,
                ValueConverter[] convert) {
            this.slots = slots;
            this.boxed = boxed;
            this.existing = existing;
            this.tuple = tuple;
            this.convert = convert;
        }

        @Override
        public int exec(Frame f) {
            Object[] vs = (Object[]) tuple.eval(f);
            for (int i = 0; i < slots.length; i++) {
                Object v = vs[i];
                if (convert[i] != null) {
                    v = convert[i].convert(v);
                }
                if (existing[i] != null) {
                    existing[i].assign(f, v);
                } else {
                    define(f, slots[i], boxed[i], v);
                }
            }
            return NORMAL;
        }
    }

    /** Adapts a value taken out of a tuple to the type of the location it goes to. */
    @FunctionalInterface
    public interface ValueConverter {
        Object convert(Object v);
    }

    /** Children: cond, then, els (may be null). */
    public static final class IfNode extends StmtNode {
        final ExprNode cond;
        final StmtNode then;
        final StmtNode els;

        public IfNode(ExprNode cond, StmtNode then, StmtNode els) {
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        @Override
        public int exec(Frame f) {
            if (cond.evalBool(f)) {
                return then.exec(f);
            }
            return els == null ? NORMAL : els.exec(f);
        }
    }

    /** A statement with its own scope prelude: init; then body (if/switch with init statements). */
    public static final class SeqNode extends StmtNode {
        final StmtNode first;
        final StmtNode second;

        public SeqNode(StmtNode first, StmtNode second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int exec(Frame f) {
            int c = first.exec(f);
            return c != NORMAL ? c : second.exec(f);
        }
    }

    /** return with unnamed results: the value(s) go to Frame.ret. */
    public static final class ReturnNode extends StmtNode {
        final ExprNode value;

        public ReturnNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            if (value != null) {
                f.ret = value.eval(f);
            }
            return RETURN;
        }
    }

    public static final class ReturnManyNode extends StmtNode {
        final ExprNode[] values;

        public ReturnManyNode(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public int exec(Frame f) {
            Object[] r = new Object[values.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = values[i].eval(f);
            }
            f.ret = r;
            return RETURN;
        }
    }

    /** return with named results: assign them (all values first), then return. */
    public static final class ReturnNamedNode extends StmtNode {
        final Lvals.LvalNode[] results;
        final ExprNode[] values;
        final ExprNode tuple;

        public ReturnNamedNode(Lvals.LvalNode[] results, ExprNode[] values, ExprNode tuple) {
            this.results = results;
            this.values = values;
            this.tuple = tuple;
        }

        @Override
        public int exec(Frame f) {
            Object[] vs;
            if (tuple != null) {
                Object t = tuple.eval(f);
                vs = results.length == 1 ? new Object[] {t} : (Object[]) t;
            } else {
                vs = new Object[values.length];
                for (int i = 0; i < vs.length; i++) {
                    vs[i] = values[i].eval(f);
                }
            }
            for (int i = 0; i < vs.length; i++) {
                results[i].assign(f, vs[i]);
            }
            return RETURN;
        }
    }

    /** break/continue (with optional label) and fallthrough. */
    public static final class BranchNode extends StmtNode {
        final int code;
        final String label;

        public BranchNode(int code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            f.label = label;
            return code;
        }
    }
}
