package gomini.runtime;

/** Test shorthand for {@link Select#select}: cases as a list, the result as a record. */
final class Sel {
    private Sel() {}

    record Case(Channel channel, boolean isSend, Object value) {}

    record Result(int index, Object value, boolean ok) {}

    static Case recv(Channel ch) {
        return new Case(ch, false, null);
    }

    static Case send(Channel ch, Object v) {
        return new Case(ch, true, v);
    }

    static Result select(Goroutine g, boolean hasDefault, Case... cases) {
        int n = cases.length;
        Channel[] chans = new Channel[n];
        boolean[] sends = new boolean[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            chans[i] = cases[i].channel();
            sends[i] = cases[i].isSend();
            values[i] = cases[i].value();
        }
        Waiter w = new Waiter(g);
        int i = Select.select(g, new SelectCases(chans, sends), values, hasDefault, w);
        return i >= 0 && !sends[i] ? new Result(i, w.value(), w.ok()) : new Result(i, null, false);
    }
}
