package gomini.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code gomini run} ends the JVM (Main.exitNow): in a child JVM through the real entry point, every
 * byte the program wrote arrives and the process exits with the program's code. The fixtures check
 * output and codes in-process, through Gomini.run; SignalTest ends child JVMs by signals; this test
 * covers the ordinary end of the process.
 */
class ExitTest {
    @TempDir
    Path dir;

    @Test
    void osExitKeepsUnterminatedOutputAndCode() throws Exception {
        Result r = run("""
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Print("no newline")
                	fmt.Fprint(os.Stderr, "to stderr")
                	os.Exit(3)
                }
                """);
        assertEquals(3, r.code);
        assertEquals("no newline", r.stdout);
        assertEquals("to stderr", r.stderr);
    }

    @Test
    void returnFromMainAfterMuchOutputExitsZero() throws Exception {
        Result r = run("""
                package main

                import "fmt"

                func main() {
                	for i := 0; i < 20000; i++ {
                		fmt.Println(i)
                	}
                	fmt.Print("end")
                }
                """);
        assertEquals(0, r.code);
        List<String> lines = r.stdout.lines().toList();
        assertEquals(20001, lines.size());
        assertEquals("19999", lines.get(19999));
        assertEquals("end", lines.get(20000));
    }

    @Test
    void panicExitsTwoWithItsReport() throws Exception {
        Result r = run("""
                package main

                import "fmt"

                func main() {
                	fmt.Println("before")
                	panic("boom")
                }
                """);
        assertEquals(2, r.code);
        assertEquals("before\n", r.stdout);
        assertEquals("panic: boom", r.stderr.lines().findFirst().orElse(""));
    }

    @Test
    void compileErrorExitsTwo() throws Exception {
        Result r = run("""
                package main

                func main() {
                	x := 1
                }
                """);
        assertEquals(2, r.code);
        assertEquals("", r.stdout);
        assertEquals(dir.resolve("prog.go") + ":4:2: declared and not used: x\n", r.stderr);
    }

    /** As `gomini run prog.go | head -1`: a Go program dies of SIGPIPE, which a shell (and Process) sees as 141. */
    @Test
    void brokenStdoutPipeEndsAProgramThatPrintsForEver() throws Exception {
        Process p = startPiped("""
                package main

                import "fmt"

                func main() {
                	for i := 0; ; i++ {
                		fmt.Println("line", i)
                	}
                }
                """);
        assertEquals(141, readFirstLineThenClose(p));
    }

    /** With SIGPIPE ignored, Go's failing writes only return errors and the program runs to its end. */
    @Test
    void ignoredSigpipeLetsTheProgramRunOn() throws Exception {
        Process p = startPiped("""
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"syscall"
                )

                func main() {
                	signal.Ignore(syscall.SIGPIPE)
                	for i := 0; i < 100000; i++ {
                		fmt.Println("line", i)
                	}
                	fmt.Fprintln(os.Stderr, "done")
                	os.Exit(7)
                }
                """);
        assertEquals(7, readFirstLineThenClose(p));
        assertEquals("done\n", err());
    }

    /** A write to a closed stdout (`prog >&-`) fails in Go without killing the program: only pipes do. */
    @Test
    void closedStdoutOnlyFailsTheWrite() throws Exception {
        List<String> run = gominiRun("""
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println("to a closed stdout")
                	fmt.Fprintln(os.Stderr, "after")
                	os.Exit(5)
                }
                """);
        // the shell closes descriptor 1 before it starts the child JVM
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" >&-", "bash"));
        cmd.addAll(run);
        Process p = start(new ProcessBuilder(cmd));
        assertEquals(5, p.waitFor());
        assertEquals("after\n", err());
    }

    /** The child's stdout is a pipe to this test. */
    private Process startPiped(String program) throws IOException {
        return start(new ProcessBuilder(gominiRun(program)));
    }

    /** Reads the child's first line, closes the pipe's reading end, and waits for the child's exit code. */
    private static int readFirstLineThenClose(Process p) throws IOException, InterruptedException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("line 0", r.readLine());
        }
        return p.waitFor();
    }

    private record Result(int code, String stdout, String stderr) {}

    private Result run(String program) throws IOException, InterruptedException {
        Process p = start(new ProcessBuilder(gominiRun(program)).redirectOutput(dir.resolve("out").toFile()));
        int code = p.waitFor();
        return new Result(code, Files.readString(dir.resolve("out"), StandardCharsets.UTF_8), err());
    }

    /** Writes program to prog.go and returns the command that runs it in a child JVM through gomini's main. */
    private List<String> gominiRun(String program) throws IOException {
        Path file = dir.resolve("prog.go");
        Files.writeString(file, program);
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), "gomini.cli.Main", "run", file.toString());
    }

    /** Starts the child with its stderr into the file err; a child that never ends must not hang the suite. */
    private Process start(ProcessBuilder pb) throws IOException {
        Process p = pb.redirectError(dir.resolve("err").toFile()).start();
        CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(p::destroyForcibly);
        return p;
    }

    private String err() throws IOException {
        return Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
    }
}
