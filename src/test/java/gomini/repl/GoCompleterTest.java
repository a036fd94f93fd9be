package gomini.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.check.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tab completion candidates and the unfinished-input rule. */
class GoCompleterTest {
    @Test
    void packageMembersKeywordsNamesAndCommands() {
        ReplSession s = new ReplSession(System.out, System.err, c -> {}, () -> {});
        s.eval("type Pt struct{ X, Y int }\n");
        s.eval("func (p Pt) Len() int { return 0 }\n");
        s.eval("point := Pt{}\n");
        GoCompleter c = new GoCompleter(s::checker);
        assertTrue(c.candidates("time.").containsAll(List.of("time.After", "time.Sleep", "time.Duration")));
        assertEquals(List.of("time.Sleep"), List.copyOf(c.candidates("time.Sl")));
        assertEquals(List.of("point.Len", "point.X"), List.copyOf(c.candidates("point.")).subList(0, 2));
        assertTrue(c.candidates("po").contains("point"));
        assertTrue(c.candidates("gor").isEmpty());
        assertEquals(List.of("go", "goto"), List.copyOf(c.candidates("go")));
        assertEquals(List.of(":goroutines"), List.copyOf(c.candidates(":g")));
        assertTrue(c.candidates("Pt").contains("Pt"));
        Session unused = s.checker();
        assertTrue(unused.names().contains("fmt"));
    }

    @Test
    void unfinishedInput() {
        assertTrue(Completeness.incomplete("func f() {"));
        assertTrue(Completeness.incomplete("fmt.Println(1,"));
        assertTrue(Completeness.incomplete("x := 1 +"));
        assertTrue(Completeness.incomplete("s := `raw"));
        assertTrue(Completeness.incomplete("x := a."));
        assertTrue(Completeness.incomplete("/* open"));
        assertTrue(!Completeness.incomplete("x++"));
        assertTrue(!Completeness.incomplete("x := \"{(\" // {"));
        assertTrue(!Completeness.incomplete("func f() {}"));
        assertTrue(!Completeness.incomplete("c <- 1"));
        assertTrue(!Completeness.incomplete("x := '('"));
    }
}
