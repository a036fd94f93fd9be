package gomini.cli;

import gomini.fixture.Expectation;
import gomini.fixture.FixtureFilter;
import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gomini test [DIR...]}: runs every Go program under the folders that has expectation files and
 * compares what it does with them, one {@code PASS}/{@code FAIL} line per run and a final
 * {@code N passed, M failed} line (a plain format that CI tools can read); exit code 0 when all passed,
 * 1 otherwise, 2 for a usage error.
 */
@Command(name = "test", sortOptions = false, usageHelpWidth = 100,
        description = {
            "Runs a folder of Go programs and compares each with its expected output and exit code.",
            "",
            "Searches DIR (default: the current folder) recursively for NAME.go files with expectation",
            "files, runs each, and prints one PASS/FAIL line per run, then 'N passed, M failed'.",
            "",
            "Expectation files sit beside NAME.go (or in an expected/ folder beside it):",
            "  NAME.out        the exact standard output (missing: must be empty)",
            "  NAME.err        standard error (missing: must be empty); in goroutine traces only the",
            "                  goroutine headers, main.* frames with their file:line and 'created by main.*'",
            "                  lines are compared",
            "  NAME.code       the exit code (missing: 0)",
            "  NAME.pattern    standard error as one Java regular expression per line (log timestamps)",
            "  NAME.shape      line checks for output that varies from run to run",
            "  NAME.args       the run's arguments (one line); NAME.stdin: its standard input",
            "  NAME@VARIANT.*  one more run, e.g. with NAME@VARIANT.args",
            "A main program with none of .out .err .code .pattern .shape is not run (a note says so).",
            "",
            "Expectations come from real Go, never from gomini (there is no --update). Write them with",
            "real Go, e.g. for x.go:",
            "  go build -o prog x.go && GOMAXPROCS=1 ./prog > x.out 2> x.err; echo $? > x.code",
            "Not 'go run': it exits 1 whatever the program's exit code, and it",
            "adds an 'exit status' line. GOMAXPROCS=1 makes goroutine ids deterministic. The .err can",
            "stay as Go printed it (paths, +0x offsets and runtime frames do not matter).",
            "",
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every fixture passed", "1:some fixture failed", "2:usage error (no such DIR)"})
public final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "folders to search recursively for fixtures (default: .); a FILE.go runs just that program")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "time limit for each run (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--run", paramLabel = "PATTERN",
            description = "only fixtures whose path (relative to DIR) contains PATTERN, or matches it as a glob "
                    + "if it has * ? [ or {; a comma separates several")
    String run;

    @Option(names = {"-v", "--verbose"}, description = "also show the output of passing runs")
    boolean verbose;

    @Option(names = "--slow", description = "also run fixtures marked '# slow' (skipped by default)")
    boolean slow;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    private final FixtureRunner.Program program;

    public TestCommand() {
        this(FixtureRunner.GOMINI);
    }

    /** With another interpreter entry point (tests). */
    public TestCommand(FixtureRunner.Program program) {
        this.program = program;
    }

    /** One run to do: the program as passed to gomini, its name in the report, where its expectation lives. */
    record Fixture(Path program, String name, Path expectDir, String base) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeoutSeconds > 0)) {
            err.println("gomini test: --timeout must be a positive number of seconds");
            err.flush();
            return 2;
        }
        List<Path> roots = dirs.isEmpty() ? List.of(Path.of(".")) : dirs;
        for (Path r : roots) {
            if (!Files.exists(r)) {
                err.println("gomini test: " + r + ": no such file or directory");
                err.flush();
                return 2;
            }
        }
        FixtureFilter filter = FixtureFilter.parse(run);
        List<Fixture> fixtures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path root : roots) collect(root, roots.size() > 1, filter, fixtures, notes);
        fixtures.sort(Comparator.comparing(Fixture::name));

        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        FixtureRunner runner = new FixtureRunner(program, timeout, true);
        notes.forEach(out::println);
        int passed = 0, failed = 0;
        for (Fixture f : fixtures) {
            Expectation exp;
            try {
                exp = Expectation.load(f.expectDir(), f.base());
            } catch (IllegalArgumentException | IOException e) {
                out.println("FAIL " + f.name() + " (bad expectation file)");
                out.println(indent(String.valueOf(e.getMessage())));
                out.flush();
                failed++;
                continue;
            }
            if (exp.slow() && !slow) {
                out.println("SKIP " + f.name() + " (marked # slow; --slow runs it)");
                continue;
            }
            FixtureRunner.Report report = runner.run(f.program(), exp);
            String time = String.format(Locale.ROOT, " (%.2fs)", report.outcome().elapsed().toNanos() / 1e9);
            if (report.passed()) {
                passed++;
                out.println("PASS " + f.name() + time);
                if (verbose) {
                    if (report.outcome().stdout().length > 0) out.println(indent("--- stdout ---\n" + report.outcome().stdoutText()));
                    if (report.outcome().stderr().length > 0) out.println(indent("--- stderr ---\n" + report.outcome().stderrText()));
                }
            } else {
                failed++;
                out.println("FAIL " + f.name() + time);
                for (String m : report.mismatches()) out.println(indent(m));
            }
            out.flush();
        }
        if (fixtures.isEmpty()) {
            out.println("no fixtures found (a fixture is a NAME.go with a NAME.out, .err, .code, .pattern or .shape)");
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static final Pattern MAIN_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+main\\b");

    /** Adds the runs found under {@code root}; notes name the main programs without any expectation. */
    private void collect(Path root, boolean prefixRoot, FixtureFilter filter, List<Fixture> fixtures,
                         List<String> notes) throws IOException {
        List<Path> goFiles = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            goFiles.add(root);
        } else {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean hidden = !dir.equals(root) && n.startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".go")) goFiles.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        for (Path go : goFiles) {
            Path rel = Files.isRegularFile(root) ? go : root.relativize(go);
            String relName = rel.toString().replace('\\', '/');
            String display = prefixRoot && !Files.isRegularFile(root)
                    ? root.resolve(rel).normalize().toString().replace('\\', '/') : relName;
            if (!filter.test(rel)) continue;
            String file = go.getFileName().toString();
            String name = file.substring(0, file.length() - ".go".length());
            Path dir = go.getParent() == null ? Path.of(".") : go.getParent();
            Path expectDir = dir;
            List<String> bases = Expectation.bases(dir, name);
            if (bases.isEmpty()) {
                expectDir = dir.resolve("expected");
                bases = Expectation.bases(expectDir, name);
            }
            if (bases.isEmpty()) {
                if (isMainPackage(go)) notes.add("SKIP " + display + " (no expectation files: " + name + ".out, "
                        + name + ".err, " + name + ".code, ...)");
                continue;
            }
            Path program = go.normalize();
            for (String base : bases) {
                String variant = base.equals(name) ? "" : base.substring(name.length());
                fixtures.add(new Fixture(program, display + variant, expectDir, base));
            }
        }
    }

    private static boolean isMainPackage(Path go) {
        try {
            byte[] b = Files.readAllBytes(go);
            return MAIN_PACKAGE.matcher(new String(b, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }

    private static String indent(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.lines().map(l -> l.isEmpty() ? l : "    " + l).collect(java.util.stream.Collectors.joining("\n"));
    }
}
