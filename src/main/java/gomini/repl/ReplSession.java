package gomini.repl;

import gomini.check.Session;
import gomini.check.Symbol;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.interp.Panics;
import gomini.interp.SessionCompiler;
import gomini.runtime.FatalError;
import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.ProgramExit;
import gomini.runtime.ProgramIO;
import gomini.runtime.Scheduler;
import gomini.types.Type;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/**
 * The state of one interactive session and the evaluation of its inputs, independent of how lines are
 * read (terminal or pipe).
 *
 * <h2>Persistence</h2>
 * One {@link Session} (incremental checker), one {@link SessionCompiler} and one {@link Scheduler} live as
 * long as the session (until {@code :reset}). Declarations add to package scope (a redefinition replaces);
 * statements run as the body of a fresh function whose top-level variables become package variables.
 *
 * <h2>Running an input</h2>
 * Each input's statements run as a new goroutine (shown as {@code main.main} in tracebacks) that this
 * class waits for. Goroutines it starts keep running after it returns. The scheduler is in session mode:
 * <ul>
 * <li>the input's own panic is reported (Go's report and traceback) and the session goes on; a
 * background goroutine's panic is reported when it happens, and only that goroutine dies;
 * <li>when every goroutine is asleep and the input's goroutine is one of them, Go's deadlock report is
 * printed and only that goroutine is cancelled; background goroutines stay blocked (a later input may
 * still wake them). The thread waiting here (or for the user's next line) is no goroutine and never
 * counts as able to wake anyone;
 * <li>{@link #interrupt()} (Ctrl-C) cancels the input's goroutine;
 * <li>os.Exit ends the session with its code.
 * </ul>
 */
final class ReplSession {
    /** Packages usable at the prompt without an import (a declaration of the same name hides them). */
    static final List<String> AUTO_IMPORTS = List.of("fmt", "time", "sync", "errors", "strings", "strconv", "math",
            "sort", "os", "sync/atomic", "runtime", "math/rand", "unicode", "unicode/utf8", "bytes", "bufio", "io",
            "log");

    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer backgroundExit;
    private final Runnable endOfInput;
    private Scheduler scheduler;
    private Session checker;
    private SessionCompiler compiler;
    private int inputs;
    /** The goroutine running the current input (set by itself first thing), or null. */
    private volatile Goroutine running;
    private volatile boolean deadlocked;
    private volatile int exitCode = -1;

    /** What became of an input. */
    enum Outcome { OK, ERROR, EXIT }

    /**
     * out, err: where the session's results and errors and the program's own output go (thread-safe).
     * backgroundExit: told when a goroutine calls os.Exit while no input runs (the reader must stop).
     * endOfInput: run when an input's goroutine has returned (a terminal shows a pending partial line).
     */
    ReplSession(PrintStream out, PrintStream err, IntConsumer backgroundExit, Runnable endOfInput) {
        this.out = out;
        this.err = err;
        this.backgroundExit = backgroundExit;
        this.endOfInput = endOfInput;
        reset();
    }

    /** Forgets every declaration and cancels every goroutine: a fresh session. */
    void reset() {
        if (scheduler != null) {
            for (Goroutine g : scheduler.goroutines()) {
                scheduler.cancel(g);
            }
        }
        Scheduler s = new Scheduler(err, 1, new Random());
        s.io = new SessionIO(s);
        s.setPanicPrinter((g, p) -> Panics.report(p, g) + "\n" + g.traceback("running"));
        s.startSession(new Scheduler.Session() {
            @Override
            public void goroutineFailed(Goroutine g, String report) {
                err.print(report);
                err.flush();
            }

            @Override
            public void allAsleep(String report) {
                Goroutine g = running;
                if (g == null || g.cancelled() || g.waitReason() == null) {
                    return; // only background goroutines are blocked: a later input may wake them
                }
                deadlocked = true;
                err.print(report);
                err.flush();
                s.cancel(g);
            }
        });
        scheduler = s;
        checker = new Session(AUTO_IMPORTS);
        compiler = new SessionCompiler(checker.info(), s.io);
        inputs = 0;
    }

    /** The checker session (names in scope, for completion). */
    Session checker() {
        return checker;
    }

    /** Once {@link Outcome#EXIT}: the code os.Exit gave. */
    int exitCode() {
        return exitCode;
    }

    /** Whether an input's goroutine is running now. */
    boolean busy() {
        return running != null;
    }

    /** Ctrl-C: cancels the running input, if any. */
    void interrupt() {
        Goroutine g = running;
        if (g != null) {
            scheduler.cancel(g);
        }
    }

    /** Evaluates one whole input (declarations and/or statements). */
    Outcome eval(String text) {
        if (text.isBlank()) {
            return Outcome.OK;
        }
        if (scheduler.terminated()) {
            return Outcome.EXIT;
        }
        inputs++;
        String file = "in" + inputs + ".go";
        Input in;
        try {
            in = Input.parse(file, text);
        } catch (CompileError e) {
            printErrors(e, 0);
            return Outcome.ERROR;
        }
        return evalParsed(in);
    }

    /** :load: a Go file's declarations (its var declarations run, in order; main is not called). */
    Outcome load(String path, String source) {
        Input in;
        try {
            in = Input.fromFile(gomini.syntax.SourceParser.parse(path, source), 0);
        } catch (CompileError e) {
            printErrors(e, 0);
            return Outcome.ERROR;
        }
        return evalParsed(in);
    }

    private Outcome evalParsed(Input in) {
        try {
            if (in.hasDecls()) {
                Session.Declared d = checker.declare(in.decls());
                compiler.declare(in.decls());
                if (!d.vars().isEmpty()) {
                    GoFunc init = compiler.initializers(in.decls().path(), d.vars(), d.inits());
                    Outcome o = run(init, null);
                    if (o != Outcome.OK || in.cell() == null) {
                        return o;
                    }
                }
            }
            if (in.cell() == null) {
                return Outcome.OK;
            }
            List<Symbol.Var> globals = checker.cell(in.cell(), in.value());
            Type valueType = in.value() == null ? null : checker.typeOf(in.value().x());
            GoFunc f = compiler.cell(in.cell(), in.value(), globals);
            return run(f, valueType);
        } catch (CompileError e) {
            printErrors(e, in.prefixLength());
            return Outcome.ERROR;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return Outcome.ERROR;
        }
    }

    private void printErrors(CompileError e, int prefix) {
        // the phases already cut the list at 10, ending it with Go's "too many errors" line
        for (Diagnostic d : Input.shift(e, prefix).diagnostics()) {
            err.println(d);
        }
        err.flush();
    }

    private Outcome run(GoFunc f, Type valueType) {
        CountDownLatch done = new CountDownLatch(1);
        Outcome[] outcome = {Outcome.ERROR};
        String[] shown = {null};
        deadlocked = false;
        GoFunc body = (g, args) -> {
            running = g;
            try {
                Object v = f.call(g, new Object[0]);
                if (valueType != null) {
                    shown[0] = Values.show(g, v, valueType);
                }
                outcome[0] = Outcome.OK;
            } catch (GoPanic p) {
                err.print(Panics.report(p, g) + "\n" + g.traceback("running"));
            } catch (FatalError fe) {
                err.print("fatal error: " + fe.getMessage() + "\n\n" + g.traceback("running"));
            } catch (StackOverflowError so) {
                err.print("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                        + g.traceback("running"));
            } catch (ProgramExit e) {
                if (!g.cancelled()) {
                    outcome[0] = Outcome.EXIT;
                } else if (!deadlocked) {
                    err.println("interrupted");
                }
            } finally {
                running = null;
                err.flush();
                done.countDown();
            }
            return null;
        };
        Goroutine input;
        try {
            input = scheduler.go(null, null, null, 0, body, new Object[0]);
        } catch (ProgramExit e) {
            return Outcome.EXIT;
        }
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                // the goroutine leaves the scheduler's list only as its thread ends: wait for that, so
                // that a following :goroutines does not still show it
                input.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        endOfInput.run();
        if (outcome[0] == Outcome.EXIT || scheduler.terminated()) {
            return Outcome.EXIT;
        }
        if (shown[0] != null) {
            out.println(shown[0]);
            out.flush();
        }
        return outcome[0];
    }

    /** :goroutines: Go's traceback of every live goroutine, in id order. */
    String goroutines() {
        StringBuilder sb = new StringBuilder();
        for (Goroutine g : scheduler.goroutines()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(g.traceback());
        }
        return sb.length() == 0 ? "no goroutines\n" : sb.toString();
    }

    /** The program's view of its process: the session's streams, no stdin, os.Exit ends the session. */
    private final class SessionIO implements ProgramIO {
        private final Scheduler s;

        SessionIO(Scheduler s) {
            this.s = s;
        }

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
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public List<String> args() {
            return List.of("gomini");
        }

        @Override
        public void exit(int code) {
            out.flush();
            exitCode = code;
            if (running == null) {
                backgroundExit.accept(code);
            }
            throw s.exit(code);
        }
    }
}
