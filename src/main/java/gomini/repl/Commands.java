package gomini.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The session's own commands, lines starting with a colon. */
final class Commands {
    private Commands() {}

    static final List<String> NAMES = List.of(":help", ":load", ":reset", ":goroutines", ":quit");

    static final String HELP = """
            Type Go declarations (func, type, var, const, import), statements or expressions.
            An expression's value is printed; a line left open (brace, paren, operator) continues.
            fmt, time, sync, errors, strings, strconv, math, sort, os, ... need no import.
            Goroutines keep running in the background; a deadlock or panic returns to the prompt.
              :help          this text
              :load FILE     run a Go file's declarations into the session (main is not called)
              :reset         forget everything and stop every goroutine
              :goroutines    list goroutines: id, state and where each one is
              :quit          leave (also Ctrl-D); Ctrl-C cancels a running statement
            """;

    /** What the reader does after a command. */
    enum Next { CONTINUE, QUIT, FAILED, EXIT }

    /** Runs a command line (starting with ':'). */
    static Next run(String line, ReplSession s, PrintStream out, PrintStream err) {
        String trimmed = line.strip();
        int sp = trimmed.indexOf(' ');
        String name = sp < 0 ? trimmed : trimmed.substring(0, sp);
        String arg = sp < 0 ? "" : trimmed.substring(sp + 1).strip();
        switch (name) {
            case ":help", ":h", ":?" -> out.print(HELP);
            case ":quit", ":q", ":exit" -> {
                return Next.QUIT;
            }
            case ":reset" -> {
                s.reset();
                out.println("session reset");
            }
            case ":goroutines", ":g" -> out.print(s.goroutines());
            case ":load", ":l" -> {
                if (arg.isEmpty()) {
                    err.println(":load needs a file name");
                    return Next.FAILED;
                }
                String src;
                try {
                    src = Files.readString(Path.of(arg), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    err.println("open " + arg + ": no such file or directory");
                    return Next.FAILED;
                } catch (IOException e) {
                    err.println("open " + arg + ": " + e.getMessage());
                    return Next.FAILED;
                }
                return switch (s.load(arg, src)) {
                    case OK -> Next.CONTINUE;
                    case ERROR -> Next.FAILED;
                    case EXIT -> Next.EXIT;
                };
            }
            default -> {
                err.println("unknown command " + name + " (:help lists them)");
                return Next.FAILED;
            }
        }
        out.flush();
        return Next.CONTINUE;
    }
}
