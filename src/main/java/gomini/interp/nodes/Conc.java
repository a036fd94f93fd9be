package gomini.interp.nodes;

import gomini.interp.Chans;
import gomini.interp.Frame;
import gomini.interp.FunctionCode;
import gomini.runtime.Channel;
import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Select;
import gomini.runtime.SelectCase;
import gomini.runtime.Selected;

/** go, defer, send, receive and select. */
public final class Conc {
    private Conc() {}

    /** go f(args): f and args are evaluated here, the call runs in a new goroutine. */
    public static final class GoNode extends StmtNode {
        final ExprNode fn;
        final ExprNode[] args;
        final Goroutine.GoSite site;

        public GoNode(ExprNode fn, ExprNode[] args, FunctionCode creator, int line) {
            this.fn = fn;
            this.args = args;
            this.site = new Goroutine.GoSite(creator.name, creator.file, line);
        }

        @Override
        public int exec(Frame f) {
            GoFunc g = (GoFunc) fn.eval(f);
            Object[] a = Calls.evalArgs(args, f);
            if (g == null) {
                throw gomini.interp.Panics.nilDeref();
            }
            f.g.scheduler().go(f.g, site, g, a);
            return NORMAL;
        }
    }

    /** defer f(args): f and args are evaluated here, the call runs when the function returns. */
    public static final class DeferNode extends StmtNode {
        final ExprNode fn;
        final ExprNode[] args;
        final int line;

        public DeferNode(ExprNode fn, ExprNode[] args, int line) {
            this.fn = fn;
            this.args = args;
            this.line = line;
        }

        @Override
        public int exec(Frame f) {
            GoFunc g = (GoFunc) fn.eval(f);
            Object[] a = Calls.evalArgs(args, f);
            if (g == null) {
                throw gomini.interp.Panics.nilDeref();
            }
            if (f.defers == null) {
                f.defers = new java.util.ArrayList<>();
            }
            f.defers.add(new Frame.Deferred(g, a, line));
            return NORMAL;
        }
    }

    public static final class SendNode extends StmtNode {
        final ExprNode ch;
        final ExprNode value;

        public SendNode(ExprNode ch, ExprNode value) {
            this.ch = ch;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object c = ch.eval(f);
            Object v = value.eval(f);
            Chans.send(f.g, c, v);
            return NORMAL;
        }
    }

    public static final class RecvNode extends ExprNode {
        final ExprNode ch;
        final boolean commaOk;

        public RecvNode(ExprNode ch, boolean commaOk) {
            this.ch = ch;
            this.commaOk = commaOk;
        }

        @Override
        public Object eval(Frame f) {
            Object c = ch.eval(f);
            return commaOk ? Chans.recv(f.g, c) : Chans.recvValue(f.g, c);
        }
    }

    /**
     * Children per case: chans[i], sendValues[i] (null for receives); after the chosen case, its received
     * value (and ok) go through recvTargets; then its body runs.
     */
    public static final class SelectNode extends StmtNode {
        final ExprNode[] chans;
        final ExprNode[] sendValues;
        final Lvals.LvalNode[] recvValue;
        final Lvals.LvalNode[] recvOk;
        final StmtNode[] bodies;
        final StmtNode defaultBody;
        final String label;

        public SelectNode(ExprNode[] chans, ExprNode[] sendValues, Lvals.LvalNode[] recvValue, Lvals.LvalNode[] recvOk,
                StmtNode[] bodies, StmtNode defaultBody, String label) {
            this.chans = chans;
            this.sendValues = sendValues;
            this.recvValue = recvValue;
            this.recvOk = recvOk;
            this.bodies = bodies;
            this.defaultBody = defaultBody;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            SelectCase[] cases = new SelectCase[chans.length];
            for (int i = 0; i < cases.length; i++) {
                Channel c = (Channel) chans[i].eval(f);
                cases[i] = sendValues[i] != null ? SelectCase.send(c, sendValues[i].eval(f)) : SelectCase.recv(c);
            }
            Selected s = Select.select(f.g, cases, defaultBody != null);
            StmtNode body;
            if (s.index() < 0) {
                body = defaultBody;
            } else {
                int i = s.index();
                if (recvValue[i] != null) {
                    recvValue[i].assign(f, s.value());
                }
                if (recvOk[i] != null) {
                    recvOk[i].assign(f, s.ok());
                }
                body = bodies[i];
            }
            int c = body.exec(f);
            if (c == BREAK && (f.label == null || f.label.equals(label))) {
                f.label = null;
                return NORMAL;
            }
            return c;
        }
    }
}
