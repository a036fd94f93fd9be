package gomini.cli;

import gomini.Gomini;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code gomini run FILE.go [ARGS...]}, {@code gomini test [DIR...]}; {@code gomini} alone
 * or {@code gomini repl}: the REPL.
 */
@Command(name = "gomini", mixinStandardHelpOptions = true, version = "gomini 0.1.0",
        description = "Runs Go programs (a subset of Go, with goroutines on virtual threads).",
        subcommands = {Main.Run.class, TestCommand.class, Main.ReplCommand.class})
public final class Main implements Callable<Integer> {

    @Override
    public Integer call() {
        return gomini.repl.Repl.run();
    }

    @Command(name = "repl", description = "Starts an interactive session (also what gomini does without arguments).")
    static final class ReplCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            return gomini.repl.Repl.run();
        }
    }

    @Command(name = "run", description = "Compiles and runs a Go program, as go build && ./prog would.")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.go", description = "the program")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS", description = "the program's arguments")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            return Gomini.run(file, args, System.in, System.out, System.err);
        }
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-")) {
            // The common path skips picocli: building its command model loads ~170 classes, a tenth of
            // gomini's start-up, and `run FILE.go ARGS...` needs no parsing beyond this.
            List<String> rest = List.of(args).subList(2, args.length);
            int code = Gomini.run(Path.of(args[1]), rest, System.in, System.out, System.err);
            exitNow(code);
        }
        CommandLine cl = new CommandLine(new Main());
        // after FILE.go, everything (even -x) belongs to the program
        CommandLine run = cl.getSubcommands().get("run");
        run.setUnmatchedOptionsArePositionalParams(true);
        run.setStopAtPositional(true);
        System.exit(cl.execute(args));
    }

    /**
     * Ends the JVM once a program has run, without System.exit: that one first logs the exit through
     * System.Logger, whose first use sets up the JDK's logging (a service lookup over the class path,
     * java.util.logging's configuration), ~10 ms of every run (hello.go 188 -> 176 ms, medians of 41
     * alternating runs). Nothing needs the shutdown hooks it would run: Gomini.run has flushed the
     * program's output and removed its own hook.
     */
    private static void exitNow(int code) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
