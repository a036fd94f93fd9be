package gomini.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code gomini} without arguments (or {@code gomini repl}): an interactive session for trying Go's
 * concurrency by hand. On a terminal it reads with JLine (line editing, {@code ~/.gomini_history}, Tab
 * completion, multi-line input, Ctrl-C cancels the running input, Ctrl-D leaves) and prints goroutines'
 * output above the line being edited; with piped input it reads lines, prints results and errors without
 * prompts, and can be scripted. Evaluation lives in {@link ReplSession}.
 */
public final class Repl {
    private Repl() {}

    static final String PROMPT = "gomini> ";
    static final String CONTINUATION = "   ...> ";

    /** The CLI entry: interactive on a terminal, else piped. Returns the exit code. */
    public static int run() {
        if (stdinIsTerminal()) {
            try (Terminal t = TerminalBuilder.builder().system(true).build()) {
                return runInteractive(t, historyFile());
            } catch (IOException e) {
                System.err.println("gomini: cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
        return runPiped(System.in, System.out, System.err);
    }

    /**
     * Reads inputs from in (one or more lines each: an unfinished line continues on the next), prints
     * results to out and errors, panics and deadlock reports to err. Returns os.Exit's code if the
     * session ended that way, else 1 if some input failed, else 0.
     */
    public static int runPiped(InputStream in, PrintStream out, PrintStream err) {
        AtomicInteger exited = new AtomicInteger(-1);
        PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(new FlushingStream(po, err), true, StandardCharsets.UTF_8);
        ReplSession s = new ReplSession(po, pe, exited::set, () -> {});
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder buf = new StringBuilder();
        boolean failed = false;
        try {
            String line;
            while ((line = r.readLine()) != null && exited.get() < 0) {
                if (buf.isEmpty() && line.strip().startsWith(":")) {
                    Commands.Next next = Commands.run(line, s, po, pe);
                    if (next == Commands.Next.QUIT) {
                        break;
                    }
                    if (next == Commands.Next.EXIT) {
                        return s.exitCode();
                    }
                    failed |= next == Commands.Next.FAILED;
                    continue;
                }
                buf.append(line).append('\n');
                if (Completeness.incomplete(buf.toString())) {
                    continue;
                }
                ReplSession.Outcome o = s.eval(buf.toString());
                buf.setLength(0);
                if (o == ReplSession.Outcome.EXIT) {
                    return s.exitCode();
                }
                failed |= o == ReplSession.Outcome.ERROR;
            }
            if (exited.get() < 0 && !buf.toString().isBlank()) {
                ReplSession.Outcome o = s.eval(buf.toString());
                if (o == ReplSession.Outcome.EXIT) {
                    return s.exitCode();
                }
                failed |= o == ReplSession.Outcome.ERROR;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            po.flush();
            pe.flush();
        }
        if (exited.get() >= 0) {
            return exited.get();
        }
        return failed ? 1 : 0;
    }

    /**
     * The interactive session on terminal t (the system terminal, or a test's), with history in
     * historyFile (null: none). Returns the exit code.
     */
    public static int runInteractive(Terminal t, Path historyFile) {
        giveASize(t);
        AtomicInteger exited = new AtomicInteger(-1);
        ReplSession[] holder = new ReplSession[1];
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(t).appName("gomini")
                .parser(new GoLineParser())
                .completer(new GoCompleter(() -> holder[0].checker()))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false);
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = b.build();
        // JLine's insert-close-* widgets strip the spaces before a typed closing bracket: type them as-is
        for (String map : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.MAIN}) {
            org.jline.keymap.KeyMap<org.jline.reader.Binding> km = reader.getKeyMaps().get(map);
            if (km != null) {
                for (String close : new String[] {"}", ")", "]"}) {
                    km.bind(new org.jline.reader.Reference(LineReader.SELF_INSERT), close);
                }
            }
        }
        TerminalOutput out = new TerminalOutput(reader);
        TerminalOutput err = new TerminalOutput(reader);
        PrintStream po = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(new FlushingStream(po, err), false, StandardCharsets.UTF_8);
        Runnable flushAll = () -> {
            po.flush();
            pe.flush();
            out.flushPartial();
            err.flushPartial();
        };
        Thread readerThread = Thread.currentThread();
        ReplSession s = new ReplSession(po, pe, code -> {
            exited.set(code);
            readerThread.interrupt(); // wakes readLine
        }, flushAll);
        holder[0] = s;
        t.handle(Terminal.Signal.INT, sig -> s.interrupt());
        t.writer().println("gomini: Go at the prompt. :help for help, Ctrl-D to leave.");
        t.flush();
        try {
            while (exited.get() < 0) {
                String text;
                try {
                    text = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt clears the line
                } catch (EndOfFileException e) {
                    return 0;
                } catch (RuntimeException | java.io.IOError e) {
                    if (exited.get() >= 0) {
                        break;
                    }
                    throw e;
                }
                if (text.strip().startsWith(":")) {
                    Commands.Next next = Commands.run(text, s, po, pe);
                    flushAll.run();
                    if (next == Commands.Next.QUIT) {
                        return 0;
                    }
                    if (next == Commands.Next.EXIT) {
                        return s.exitCode();
                    }
                    continue;
                }
                if (s.eval(text) == ReplSession.Outcome.EXIT) {
                    flushAll.run();
                    return s.exitCode();
                }
                flushAll.run();
            }
            return exited.get();
        } finally {
            flushAll.run();
            Thread.interrupted();
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                // history is a convenience
            }
        }
    }

    /**
     * A pseudo-terminal that nobody sized (script(1) run without a terminal, some CI runners, serial
     * lines) reports 0 columns, and JLine then wraps after every character: the prompt and the echo come
     * out garbled. Such a terminal gets the classic 80x24.
     */
    private static void giveASize(Terminal t) {
        org.jline.terminal.Size size = t.getSize();
        if (size.getColumns() > 0 && size.getRows() > 0) {
            return;
        }
        try {
            t.setSize(new org.jline.terminal.Size(size.getColumns() > 0 ? size.getColumns() : 80,
                    size.getRows() > 0 ? size.getRows() : 24));
        } catch (java.io.IOError | UnsupportedOperationException e) {
            // the terminal cannot be resized: JLine's output stays as it is
        }
    }

    private static Path historyFile() {
        String p = System.getProperty("gomini.history");
        if (p != null) {
            return p.isEmpty() ? null : Path.of(p);
        }
        return Path.of(System.getProperty("user.home"), ".gomini_history");
    }

    /** Whether stdin is a terminal (System.console() alone says so only before JDK 22). */
    private static boolean stdinIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
