package gomini.cli;

import gomini.Gomini;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The command line: {@code gomini run FILE.go [ARGS...]}, {@code gomini test [DIR...]}. */
@Command(name = "gomini", mixinStandardHelpOptions = true, version = "gomini 0.1.0",
        description = "Runs Go programs (a subset of Go, with goroutines on virtual threads).",
        subcommands = {Main.Run.class, TestCommand.class})
public final class Main implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return 2;
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
        CommandLine cl = new CommandLine(new Main());
        // after FILE.go, everything (even -x) belongs to the program
        CommandLine run = cl.getSubcommands().get("run");
        run.setUnmatchedOptionsArePositionalParams(true);
        run.setStopAtPositional(true);
        System.exit(cl.execute(args));
    }
}
