package gomini;

import gomini.ast.File;
import gomini.check.Checker;
import gomini.check.Info;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.interp.Compiler;
import gomini.interp.Panics;
import gomini.interp.Program;
import gomini.lib.StdStream;
import gomini.runtime.ProgramIO;
import gomini.runtime.Scheduler;
import gomini.syntax.SourceParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole pipeline in one place: read, lex and parse, build the AST, check, compile, run.
 * Standard streams are passed in so that tests never touch System.out.
 */
public final class Gomini {
    private Gomini() {}

    /**
     * Runs a Go program (FILE.go, with local packages found beside it) the way {@code go build && ./prog ARGS}
     * would, and returns its exit code: the program's own, 2 for a panic, fatal error or compile error.
     * Never calls System.exit.
     */
    public static int run(Path file, List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        String path = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            stderr.println("gomini: open " + path + ": no such file or directory");
            return 1;
        } catch (IOException e) {
            stderr.println("gomini: open " + path + ": " + e.getMessage());
            return 1;
        }
        Info info;
        List<File> files = new ArrayList<>();
        try {
            info = Checker.checkProgram(file, bytes);
            files.addAll(Info.PackageInfo.allFiles(info.packages));
        } catch (CompileError e) {
            // the phases already cut the list at 10, ending it with Go's "too many errors" line
            for (Diagnostic d : e.diagnostics()) {
                stderr.println(d);
            }
            stderr.flush();
            return 2;
        }
        // Go's writes to os.Stdout are unbuffered: each write (one fmt.Println, say) is flushed at once, so
        // a program that prints and then blocks or sleeps shows its output, and output stays in step with
        // stderr. The buffer only gathers the pieces of one write.
        StdStream stdoutFile = new StdStream(stdout, 1);
        StdStream stderrFile = new StdStream(stderr, 2);
        PrintStream out = new PrintStream(new BufferedOutputStream(stdoutFile, 1 << 16), true, StandardCharsets.UTF_8);
        // whatever goes to stderr first flushes stdout, so the two interleave as Go's unbuffered writes do
        PrintStream err = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                out.flush();
                stderrFile.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.flush();
                stderrFile.write(b, off, len);
                stderrFile.flush();
            }

            @Override
            public void flush() {
                stderrFile.flush();
            }
        }, true, StandardCharsets.UTF_8);
        Scheduler scheduler = new Scheduler(err, Scheduler.firstGoroutineId(true), new java.util.Random());
        stdoutFile.endsRunOf(scheduler);
        stderrFile.endsRunOf(scheduler);
        List<String> osArgs = new ArrayList<>();
        osArgs.add(path);
        osArgs.addAll(args);
        ProgramIO io = new ProgramIO() {
            @Override
            public PrintStream stdout() {
                return out;
            }

            @Override
            public PrintStream stderr() {
                return err;
            }

            @Override
            public InputStream stdin() {
                return stdin;
            }

            @Override
            public List<String> args() {
                return osArgs;
            }

            @Override
            public void exit(int code) {
                out.flush();
                throw scheduler.exit(code);
            }
        };
        scheduler.io = io;
        scheduler.setPanicPrinter((g, p) -> Panics.report(p, g) + "\n" + g.traceback("running"));
        Program program = Compiler.compile(files, info, io);
        // A signal's default action (Ctrl-C) exits the JVM through its shutdown hooks: what the program
        // printed must still appear, as Go's unbuffered writes would have.
        Thread flushOnSignal = new Thread(out::flush, "gomini-flush-stdout");
        Runtime.getRuntime().addShutdownHook(flushOnSignal);
        int code;
        try {
            code = scheduler.runMain(program.entry());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(flushOnSignal);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting; the hook flushes
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
