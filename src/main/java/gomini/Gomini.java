package gomini;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
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
        stderr.println("gomini: not implemented yet");
        return 2;
    }
}
