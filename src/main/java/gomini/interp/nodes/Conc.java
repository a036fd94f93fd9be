package gomini.interp.nodes;

import gomini.interp.Chans;
import gomini.interp.Frame;
import gomini.interp.FunctionCode;
import gomini.runtime.Channel;
import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Select;
import gomini.runtime.SelectCases;
import gomini.runtime.Waiter;

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

        final boolean[] sends;
        final boolean hasSends;
        /**
         * The cases' channels last time: reused while they stay the same. Shared by every goroutine running
         * this select, read and replaced without synchronization (SelectCases is immutable, with final fields).
         */
        private SelectCases last;

        public SelectNode(ExprNode[] chans, ExprNode[] sendValues, Lvals.LvalNode[] recvValue, Lvals.LvalNode[] recvOk,
                StmtNode[] bodies, StmtNode defaultBody, String label) {
            this.chans = chans;
            this.sendValues = sendValues;
            this.recvValue = recvValue;
            this.recvOk = recvOk;
            this.bodies = bodies;
            this.defaultBody = defaultBody;
            this.label = label;
            this.sends = new boolean[chans.length];
            boolean any = false;
            for (int i = 0; i < chans.length; i++) {
                sends[i] = sendValues[i] != null;
                any |= sends[i];
            }
            this.hasSends = any;
        }

        @Override
        public int exec(Frame f) {
            int n = chans.length;
            SelectCases cases = last;
            Channel[] fresh = null;
            Object[] values = hasSends ? new Object[n] : null;
            // Channel and send expressions are evaluated once each, in source order, as Go does.
            for (int i = 0; i < n; i++) {
                Channel c = (Channel) chans[i].eval(f);
                if (fresh == null && (cases == null || cases.channel(i) != c)) {
                    fresh = new Channel[n];
                    for (int j = 0; j < i; j++) {
                        fresh[j] = cases.channel(j);
                    }
                }
                if (fresh != null) {
                    fresh[i] = c;
                }
                if (values != null && sends[i]) {
                    values[i] = sendValues[i].eval(f);
                }
            }
            if (fresh != null || cases == null) { // (cases is null here only for select {} run first)
                cases = new SelectCases(fresh != null ? fresh : new Channel[0], sends);
                last = cases;
            }
            Waiter w = new Waiter(f.g);
            int i = Select.select(f.g, cases, values, defaultBody != null, w);
            StmtNode body;
            if (i < 0) {
                body = defaultBody;
            } else {
                if (recvValue[i] != null) {
                    recvValue[i].assign(f, w.value());
                }
                if (recvOk[i] != null) {
                    recvOk[i].assign(f, w.ok());
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
