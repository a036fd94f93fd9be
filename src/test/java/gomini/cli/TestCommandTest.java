package gomini.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gomini test} on temporary folders, with a fake interpreter so that the command is tested apart
 * from the real one: the fake prints the lines of the program that start with {@code //out }, the ones
 * starting with {@code //err } on stderr, and exits with the number after {@code //exit } (default 0);
 * its arguments are printed as {@code args: ...} when there are any.
 */
class TestCommandTest {
    static final FixtureRunner.Program FAKE = (file, args, stdin, stdout, stderr) -> {
        int code = 0;
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.startsWith("//out ")) stdout.println(l.substring(6));
                if (l.startsWith("//err ")) stderr.println(l.substring(6).replace("\\t", "\t"));
                if (l.startsWith("//exit ")) code = Integer.parseInt(l.substring(7).trim());
            }
        } catch (IOException e) {
            stderr.println("open " + file + ": no such file or directory");
            return 1;
        }
        if (!args.isEmpty()) stdout.println("args: " + String.join(" ", args));
        return code;
    };

    record Run(int code, String out, String err) {}

    static Run gominiTest(String... argv) {
        return gominiTest(new TestCommand(FAKE), argv);
    }

    static Run gominiTest(TestCommand command, String... argv) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(argv);
        return new Run(code, out.toString(), err.toString());
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** One passing and one failing fixture in a subfolder, and a main program without expectations. */
    static Path cases(Path tmp) throws IOException {
        Path dir = tmp.resolve("mycases");
        write(dir.resolve("deadlock/good.go"), "package main\n//out hello\n");
        write(dir.resolve("deadlock/good.out"), "hello\n");
        write(dir.resolve("deadlock/bad.go"), "package main\n//out hello\n");
        write(dir.resolve("deadlock/bad.out"), "goodbye\n");
        write(dir.resolve("scratch.go"), "package main\n//out scratch\n");
        write(dir.resolve("lib/lib.go"), "package lib\n");
        return dir;
    }

    @Test
    void reportsEachFixtureAndASummaryAndFailsWhenOneFails(@TempDir Path tmp) throws IOException {
        Path dir = cases(tmp);
        Run r = gominiTest(dir.toString());
        assertEquals(1, r.code(), r.out());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("SKIP scratch.go (no expectation files: scratch.out, scratch.err, scratch.code, ...)"), r.out());
        assertFalse(r.out().contains("lib.go"), "a non-main package is not a program:\n" + r.out());
        int bad = indexOfPrefix(lines, "FAIL deadlock/bad.go (");
        int good = indexOfPrefix(lines, "PASS deadlock/good.go (");
        assertTrue(bad >= 0 && good > bad, r.out());
        assertTrue(lines.get(good).matches("PASS deadlock/good\\.go \\(\\d+\\.\\d\\ds\\)"), lines.get(good));
        // the explanation is indented under its FAIL line
        assertEquals("    stdout differs (- expected, + actual):", lines.get(bad + 1));
        assertTrue(lines.subList(bad + 1, good).containsAll(List.of("    - goodbye", "    + hello")), r.out());
        assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
        assertEquals("", r.err());
    }

    @Test
    void runFilterSelectsBySubstringOrGlob(@TempDir Path tmp) throws IOException {
        Path dir = cases(tmp);
        Run sub = gominiTest("--run", "good", dir.toString());
        assertEquals(0, sub.code(), sub.out());
        assertEquals("1 passed, 0 failed", last(sub.out()));
        assertFalse(sub.out().contains("bad.go"), sub.out());

        Run glob = gominiTest("--run", "b*.go", dir.toString());
        assertEquals(1, glob.code(), glob.out());
        assertEquals("0 passed, 1 failed", last(glob.out()));
    }

    @Test
    void verboseShowsTheOutputOfPassingRuns(@TempDir Path tmp) throws IOException {
        Path dir = cases(tmp);
        Run r = gominiTest("-v", "--run", "good", dir.toString());
        assertTrue(r.out().contains("    --- stdout ---\n    hello\n"), r.out());
        Run quiet = gominiTest("--run", "good", dir.toString());
        assertFalse(quiet.out().contains("--- stdout ---"), quiet.out());
    }

    @Test
    void exitCodeAndGoStderrAsRealGoPrintedIt(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("c");
        write(dir.resolve("wg.go"), """
                package main
                //out worker done
                //err fatal error: all goroutines are asleep - deadlock!
                //err\s
                //err goroutine 1 [sync.WaitGroup.Wait]:
                //err main.main()
                //err \\twg.go:15
                //exit 2
                """.replace("//err\s\n", "//err \n"));
        write(dir.resolve("wg.out"), "worker done\n");
        write(dir.resolve("wg.code"), "2\n");
        // what `go run wg.go 2> wg.err` leaves with Go 1.19: absolute paths, pc offsets, runtime frames,
        // the old [semacquire] wait reason and go run's "exit status" line
        write(dir.resolve("wg.err"), """
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [semacquire]:
                sync.runtime_Semacquire(0xc000014270?)
                \t/usr/lib/go-1.19/src/runtime/sema.go:62 +0x25
                sync.(*WaitGroup).Wait(0xc00006cf70?)
                \t/usr/lib/go-1.19/src/sync/waitgroup.go:139 +0x52
                main.main()
                \t/tmp/hx/mycases/wg.go:15 +0x85
                exit status 2
                """);
        Run r = gominiTest(dir.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("PASS wg.go ("), r.out());

        write(dir.resolve("wg.code"), "1\n");
        Run wrongCode = gominiTest(dir.toString());
        assertEquals(1, wrongCode.code(), wrongCode.out());
        assertTrue(wrongCode.out().contains("    exit code: expected 1, actual 2\n"), wrongCode.out());
    }

    @Test
    void variantsAndAnExpectedFolder(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("s");
        write(dir.resolve("greet.go"), "package main\n//out hi\n");
        write(dir.resolve("expected/greet.out"), "hi\n");
        write(dir.resolve("expected/greet@bob.args"), "bob  smith\n");
        write(dir.resolve("expected/greet@bob.out"), "hi\nargs: bob smith\n");
        write(dir.resolve("expected/greet@slow.shape"), "# slow: takes minutes\nlines 1\n");
        write(dir.resolve("expected/greet@shape.shape"), "lines 1\neach h.\n");
        Run r = gominiTest(dir.toString());
        assertEquals(0, r.code(), r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("PASS greet.go ("), r.out());
        assertTrue(lines.get(1).startsWith("PASS greet.go@bob ("), r.out());
        assertTrue(lines.get(2).startsWith("PASS greet.go@shape ("), r.out());
        assertEquals("SKIP greet.go@slow (marked # slow; --slow runs it)", lines.get(3));
        assertEquals("3 passed, 0 failed", lines.get(4));

        Run withSlow = gominiTest("--slow", dir.toString());
        assertEquals("4 passed, 0 failed", last(withSlow.out()), withSlow.out());
    }

    @Test
    void badExpectationFileFailsThatFixture(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("b");
        write(dir.resolve("x.go"), "package main\n");
        write(dir.resolve("x.shape"), "linez 3\n");
        Run r = gominiTest(dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("FAIL x.go (bad expectation file)\n    x.shape:1: unknown check \"linez\""), r.out());
    }

    @Test
    void missingFolderIsAUsageError(@TempDir Path tmp) {
        Run r = gominiTest(tmp.resolve("nope").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file or directory"), r.err());
    }

    @Test
    void helpSaysExpectationsComeFromRealGo() {
        Run r = gominiTest("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("go build -o prog x.go && GOMAXPROCS=1 ./prog > x.out 2> x.err; echo $? > x.code"),
                r.out());
    }

    /**
     * The real interpreter on a deadlock whose expectation is Go 1.19's output as printed (recorded with
     * {@code go build -o prog send.go && ./prog > send.out 2> send.err}), and on a stale expectation.
     */
    @Test
    void realInterpreterOnePassingOneFailing(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("mycases");
        String send = """
                package main

                import "fmt"

                func main() {
                	ch := make(chan int)
                	fmt.Println("sending")
                	ch <- 1 // nobody receives
                	fmt.Println("sent")
                }
                """;
        write(dir.resolve("send_no_receiver.go"), send);
        write(dir.resolve("send_no_receiver.out"), "sending\n");
        write(dir.resolve("send_no_receiver.code"), "2\n");
        write(dir.resolve("send_no_receiver.err"), """
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan send]:
                main.main()
                \t/tmp/hx/demo/mycases/send_no_receiver.go:8 +0x7a
                """);
        // "fixed" with a buffer, but the expectation was not recorded again
        write(dir.resolve("send_buffered.go"), send.replace("make(chan int)", "make(chan int, 1)"));
        write(dir.resolve("send_buffered.out"), "sending\n");
        write(dir.resolve("send_buffered.code"), "2\n");
        Run r = gominiTest(new TestCommand(), dir.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("FAIL send_buffered.go ("), r.out());
        assertEquals("    exit code: expected 2, actual 0", lines.get(1), r.out());
        assertTrue(lines.contains("    + sent"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PASS send_no_receiver.go (")), r.out());
        assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
        assertEquals(1, r.code());
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        return -1;
    }

    private static String last(String out) {
        List<String> l = out.lines().toList();
        return l.get(l.size() - 1);
    }
}
