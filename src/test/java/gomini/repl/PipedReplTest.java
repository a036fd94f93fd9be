package gomini.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven through piped input, one behaviour per test: `echo '...' | gomini`. */
@Timeout(30)
class PipedReplTest {

    /** stdout, stderr and exit code of one piped session. */
    record Run(String out, String err, int code) {}

    static Run run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Repl.runPiped(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    @Test
    void printsWithoutPrompts() {
        Run r = run("fmt.Println(1)\n");
        assertEquals("1\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void expressionValuesArePrintedWithPercentV() {
        Run r = run("""
                1 + 2
                c := make(chan int, 2)
                len(c)
                c <- 7
                len(c)
                []string{"a", "b"}
                map[string]int{"x": 1}
                strconv.Atoi("42")
                errors.New("boom")
                "text"
                3.5 * 2
                """);
        assertEquals("3\n0\n1\n[a b]\nmap[x:1]\n42 <nil>\nboom\ntext\n7\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void callsWithoutResultsAndPrintCallsShowNothingMore() {
        Run r = run("""
                func hello() { fmt.Println("hello") }
                hello()
                fmt.Printf("%d-%d\\n", 1, 2)
                """);
        assertEquals("hello\n1-2\n", r.out());
    }

    @Test
    void channelValuesShowTheirType() {
        Run r = run("make(chan int)\n");
        assertTrue(r.out().startsWith("(chan int) 0x"), r.out());
    }

    @Test
    void declarationsPersist() {
        Run r = run("""
                x := 40
                type Point struct{ X, Y int }
                func (p Point) Sum() int { return p.X + p.Y }
                const Two = 2
                var p = Point{1, 2}
                x + Two
                p.Sum()
                x++
                x
                """);
        assertEquals("42\n3\n41\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void goroutinesSeeLaterAssignmentsToSessionVariables() {
        Run r = run("""
                n := 0
                var mu sync.Mutex
                done := make(chan bool)
                go func() { mu.Lock(); n += 10; mu.Unlock(); done <- true }()
                <-done
                n
                """);
        assertEquals("true\n10\n", r.out());
    }

    @Test
    void redefinitionReplaces() {
        Run r = run("""
                func f() int { return 1 }
                f()
                func f() string { return "two" }
                f()
                x := 1
                x := "now a string"
                x
                type T struct{ A int }
                type T struct{ A, B int }
                T{1, 2}
                """);
        assertEquals("1\ntwo\nnow a string\n{1 2}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void redefiningAMethodChangesHowValuesPrint() {
        Run r = run("""
                type P struct{ X int }
                p := P{1}
                p
                func (p P) String() string { return fmt.Sprint("P", p.X) }
                p
                func (p P) String() string { return "new" }
                p
                """);
        assertEquals("{1}\nP1\nnew\n", r.out());
    }

    @Test
    void unfinishedLinesContinue() {
        Run r = run("""
                func fib(n int) int {
                    if n < 2 {
                        return n
                    }
                    return fib(n-1) +
                        fib(n-2)
                }
                fmt.Println(
                    fib(10),
                )
                s := `raw
                string`
                len(s)
                """);
        assertEquals("55\n10\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void backgroundGoroutinesKeepRunningBetweenInputs() {
        Run r = run("""
                start := make(chan bool)
                done := make(chan bool)
                go func() { <-start; fmt.Println("from the background"); done <- true }()
                fmt.Println("prompt is back")
                start <- true
                <-done
                """);
        assertEquals("prompt is back\nfrom the background\ntrue\n", r.out());
    }

    @Test
    void deadlockIsReportedAndTheSessionContinues() {
        Run r = run("""
                x := 7
                c := make(chan int)
                <-c
                fmt.Println("still here", x)
                """);
        assertEquals("still here 7\n", r.out());
        assertEquals("""
                fatal error: all goroutines are asleep - deadlock!

                goroutine 3 [chan receive]:
                main.main()
                \tin3.go:1
                """, r.err());
        assertEquals(1, r.code());
    }

    @Test
    void deadlockReportListsBlockedBackgroundGoroutinesWhichStayBlocked() {
        Run r = run("""
                a := make(chan int)
                b := make(chan int)
                go func() {
                    v := <-a
                    fmt.Println("background got", v)
                }()
                <-b
                a <- 5
                time.Sleep(time.Millisecond)
                """);
        assertTrue(r.err().startsWith("fatal error: all goroutines are asleep - deadlock!\n"), r.err());
        assertTrue(r.err().contains("goroutine 4 [chan receive]:\nmain.main.func1()\n\tin3.go:2\n"
                + "created by main.main in goroutine 3\n"), r.err());
        assertTrue(r.err().contains("goroutine 5 [chan receive]:\nmain.main()\n\tin4.go:1\n"), r.err());
        assertEquals("background got 5\n", r.out());
    }

    @Test
    void panicIsReportedAndStateRemains() {
        Run r = run("""
                x := 1
                var m map[string]int
                m["a"] = x
                x + 1
                panic(fmt.Sprintf("bad %d", x))
                x + 2
                """);
        assertEquals("2\n3\n", r.out());
        assertEquals("""
                panic: assignment to entry in nil map

                goroutine 3 [running]:
                main.main()
                \tin3.go:1
                panic: bad 1

                goroutine 5 [running]:
                main.main()
                \tin5.go:1
                """, r.err());
    }

    @Test
    void backgroundPanicKillsOnlyThatGoroutine() {
        // The deferred close wakes main before the panic is reported (deferred calls run first), and a
        // piped session may end before the report is written: the goroutine leaves the count only after.
        Run r = run("""
                done := make(chan bool)
                go func() { defer close(done); var p *struct{ X int }; _ = p.X }()
                <-done
                for runtime.NumGoroutine() > 1 { runtime.Gosched() }
                "alive"
                """);
        assertTrue(r.err().startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n"), r.err());
        assertTrue(r.out().endsWith("alive\n"), r.out());
    }

    @Test
    void compileErrorsPointIntoTheInput() {
        Run r = run("""
                y := 1
                y + nope
                func f() { return 1 }
                f()
                """);
        assertEquals("""
                in2.go:1:5: undefined: nope
                in3.go:1:19: too many return values
                \thave (number)
                \twant ()
                in4.go:1:1: undefined: f
                """, r.err());
        assertEquals(1, r.code());
    }

    @Test
    void commonPackagesNeedNoImport() {
        Run r = run("""
                strings.ToUpper("go")
                math.Sqrt(16)
                sort.Ints([]int{2, 1})
                time.Duration(1500) * time.Millisecond
                var n atomic.Int64
                n.Add(2)
                import "math/rand"
                rand.Intn(1)
                var strings = "shadowed"
                strings
                """);
        assertEquals("GO\n4\n1.5s\n2\n0\nshadowed\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpCommand() {
        Run r = run(":help\n");
        assertTrue(r.out().contains(":load FILE"), r.out());
        assertTrue(r.out().contains(":goroutines"), r.out());
    }

    @Test
    void loadCommand(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lib.go");
        Files.writeString(f, """
                package main

                import "fmt"

                var greeting = "hi"

                func greet(name string) string { return fmt.Sprintf("%s, %s", greeting, name) }

                func main() { fmt.Println("main is not run by :load") }
                """);
        Run r = run(":load " + f + "\ngreet(\"gopher\")\n:load " + dir.resolve("missing.go") + "\n");
        assertEquals("hi, gopher\n", r.out());
        assertEquals("open " + dir.resolve("missing.go") + ": no such file or directory\n", r.err());
    }

    @Test
    void resetCommand() {
        Run r = run("""
                x := 1
                :reset
                x
                """);
        assertEquals("session reset\n", r.out());
        assertEquals("in1.go:1:1: undefined: x\n", r.err());
    }

    @Test
    void goroutinesCommand() {
        Run r = run("""
                c := make(chan int)
                go func() {
                    c <- 1
                }()
                select {}
                :goroutines
                """);
        // the deadlock report of `select {}` (everyone asleep) guarantees the goroutine has blocked
        assertTrue(r.err().startsWith("fatal error: all goroutines are asleep - deadlock!\n"), r.err());
        assertEquals("""
                goroutine 3 [chan send]:
                main.main.func1()
                \tin2.go:2
                created by main.main in goroutine 2
                \tin2.go:1
                """, r.out());
    }

    @Test
    void quitCommandEndsTheSession() {
        Run r = run(":quit\nfmt.Println(1)\n");
        assertEquals("", r.out());
        assertEquals(0, r.code());
    }

    @Test
    void unknownCommand() {
        Run r = run(":frobnicate\n");
        assertEquals("unknown command :frobnicate (:help lists them)\n", r.err());
    }

    @Test
    void osExitEndsTheSessionWithItsCode() {
        Run r = run("fmt.Println(\"bye\")\nos.Exit(3)\nfmt.Println(\"not reached\")\n");
        assertEquals("bye\n", r.out());
        assertEquals(3, r.code());
    }
}
