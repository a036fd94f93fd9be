package gomini.interp.nodes;

import gomini.interp.Frame;
import gomini.interp.MethodSets;
import gomini.runtime.Iface;
import gomini.types.Interface;
import gomini.types.Type;

/** Expression switches and type switches. */
public final class Switches {
    private Switches() {}

    /** Runs clause bodies from match on, following fallthrough; consumes an unlabeled (or own-label) break. */
    static int runFrom(Frame f, StmtNode[] bodies, int match, String label) {
        for (int i = match; i < bodies.length; i++) {
            int c = bodies[i].exec(f);
            if (c == StmtNode.FALLTHROUGH) {
                continue;
            }
            if (c == StmtNode.BREAK && (f.label == null || f.label.equals(label))) {
                f.label = null;
                return StmtNode.NORMAL;
            }
            return c;
        }
        return StmtNode.NORMAL;
    }

    /**
     * Children: tag (stored in tagSlot first; null for a tagless switch), conds[i]: the boolean tests of
     * clause i (comparisons against the tag slot), bodies.
     */
    public static final class SwitchNode extends StmtNode {
        final ExprNode tag;
        final int tagSlot;
        final ExprNode[][] conds;
        final StmtNode[] bodies;
        final int defaultIndex;
        final String label;

        public SwitchNode(ExprNode tag, int tagSlot, ExprNode[][] conds, StmtNode[] bodies, int defaultIndex,
                String label) {
            this.tag = tag;
            this.tagSlot = tagSlot;
            this.conds = conds;
            this.bodies = bodies;
            this.defaultIndex = defaultIndex;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            if (tag != null) {
                f.slots[tagSlot] = tag.eval(f);
            }
            int match = -1;
            search:
            for (int i = 0; i < conds.length; i++) {
                for (ExprNode c : conds[i]) {
                    if (c.evalBool(f)) {
                        match = i;
                        break search;
                    }
                }
            }
            if (match < 0) {
                match = defaultIndex;
                if (match < 0) {
                    return NORMAL;
                }
            }
            return runFrom(f, bodies, match, label);
        }
    }

    /**
     * Children: x (the interface value). types[i]: clause i's types (null entry for nil);
     * varSlot[i]: the clause's implicit variable (-1 when none), unwrap[i]: store the dynamic value
     * (single concrete type) rather than the interface.
     */
    public static final class TypeSwitchNode extends StmtNode {
        final ExprNode x;
        final Type[][] types;
        final StmtNode[] bodies;
        final int defaultIndex;
        final int[] varSlot;
        final boolean[] varBoxed;
        final boolean[] unwrap;
        final String label;

        public TypeSwitchNode(ExprNode x, Type[][] types, StmtNode[] bodies, int defaultIndex, int[] varSlot,
                boolean[] varBoxed, boolean[] unwrap, String label) {
            this.x = x;
            this.types = types;
            this.bodies = bodies;
            this.defaultIndex = defaultIndex;
            this.varSlot = varSlot;
            this.varBoxed = varBoxed;
            this.unwrap = unwrap;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object v = x.eval(f);
            Iface i = (Iface) v;
            int match = -1;
            search:
            for (int c = 0; c < types.length; c++) {
                for (Type t : types[c]) {
                    if (matches(i, t)) {
                        match = c;
                        break search;
                    }
                }
            }
            if (match < 0) {
                match = defaultIndex;
                if (match < 0) {
                    return NORMAL;
                }
            }
            if (varSlot[match] >= 0) {
                Object val = unwrap[match] ? gomini.runtime.Values.copy(i.value()) : v;
                if (unwrap[match] && !gomini.runtime.Zero.isAggregate(i.type())) {
                    val = i.value();
                }
                Stmts.define(f, varSlot[match], varBoxed[match], val);
            }
            return Switches.runFrom(f, bodies, match, label);
        }
    }

    public static boolean matches(Iface i, Type t) {
        if (t == null) {
            return i == null;
        }
        if (i == null) {
            return false;
        }
        if (t.underlying() instanceof Interface it) {
            return implementsIface(i.type(), it);
        }
        return i.type() == t;
    }

    public static boolean implementsIface(Type dyn, Interface it) {
        for (Interface.Method m : it.methods()) {
            if (MethodSets.find(dyn, m.name()) == null) {
                return false;
            }
        }
        return true;
    }
}
