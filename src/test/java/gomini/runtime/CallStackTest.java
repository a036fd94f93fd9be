package gomini.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallStackTest {
    private record Fn(String function, String file, boolean hasArgs) implements CallStack.Site {}

    private static String trace(CallStack st) {
        StringBuilder sb = new StringBuilder();
        st.appendTrace(sb);
        return sb.toString();
    }

    @Test
    void eachFrameShowsTheLineItsActivationHoldsInnermostFirst() {
        CallStack st = new CallStack();
        CallStack.Activation main = new CallStack.Activation(new Fn("main.main", "p.go", false), 5);
        CallStack.Activation work = new CallStack.Activation(new Fn("main.work", "p.go", true), 10);
        st.push(main);
        main.line = 7; // the statement calling work
        st.push(work);
        st.setLine(12); // sets the top activation's line, as a store into it does
        assertEquals("main.work(...)\n\tp.go:12\nmain.main()\n\tp.go:7\n", trace(st));
        assertEquals(12, work.line);
        assertEquals(12, st.line());
        assertEquals(7, st.line(0));
    }

    @Test
    void aReturnedOrUnwoundCallLeavesTheStackAndIsNotShown() {
        CallStack st = new CallStack();
        for (int i = 0; i < 6; i++) {
            st.push(new CallStack.Activation(new Fn("main.f" + i, "p.go", false), i + 1));
        }
        st.pop();
        assertEquals(5, st.depth());
        st.truncate(2); // a recovered panic unwinds several calls at once
        assertEquals("main.f1()\n\tp.go:2\nmain.f0()\n\tp.go:1\n", trace(st));
        st.push("main.g", true, "q.go", 30);
        assertEquals("main.g(...)\n\tq.go:30\nmain.f1()\n\tp.go:2\nmain.f0()\n\tp.go:1\n", trace(st));
    }
}
