package gomini.check;

import gomini.ast.File;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.lib.Registry;
import gomini.syntax.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the user packages a main file imports, the way the go command does, and parses them.
 * An import path that is not a std package resolves, in this order:
 * <ol>
 *   <li>module style: the nearest go.mod at or above the main file's directory says {@code module M};
 *       "M/sub/dir" is the folder sub/dir beside that go.mod ("M" itself its folder);</li>
 *   <li>GOPATH style (what gomini adds for programs written before modules): "runner" is the folder
 *       runner/ beside the main file;</li>
 *   <li>{@code $GOPATH/src/PATH} for each root of GOPATH.</li>
 * </ol>
 * A package is the folder's .go files minus _test.go files and files for other systems (file-name
 * suffixes and //go:build lines, as for linux/amd64), in file-name order. File paths in positions are
 * relative to the current directory when the main file's path was relative (as go build prints them).
 * The result is in Go's initialization order (dependencies first, ties broken by import path, main last).
 */
public final class PackageLoader {
    /** What Go's cycle error calls a package built from files named on the command line. */
    static final String COMMAND_LINE = "command-line-arguments";

    private final boolean relative;
    private final Path cwd = Path.of("").toAbsolutePath();
    private final Path mainDir;
    private final Path moduleRoot;
    private final String modulePath;
    private final List<Path> gopath;
    private final Map<String, Loaded> loaded = new HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    /** A package being loaded: its imports (path → first import spec and the file holding it). */
    private static final class Loaded {
        final Package pkg;
        final Map<String, Site> imports = new TreeMap<>();
        boolean onStack;
        boolean done;

        Loaded(Package pkg) {
            this.pkg = pkg;
        }
    }

    private record Site(Spec.ImportSpec spec, File file) {}

    private PackageLoader(Path mainFile, List<Path> gopath) {
        this.relative = !mainFile.isAbsolute();
        Path abs = mainFile.toAbsolutePath().normalize();
        this.mainDir = abs.getParent();
        Path root = null;
        String module = null;
        for (Path d = mainDir; d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                root = d;
                module = modulePath(mod);
                break;
            }
        }
        this.moduleRoot = root;
        this.modulePath = module;
        this.gopath = gopath;
    }

    /**
     * Loads the packages main (the parsed main file at mainFile) imports, directly or not.
     * GOPATH roots come from the environment.
     */
    public static List<Package> load(Path mainFile, File main) throws CompileError {
        List<Path> roots = new ArrayList<>();
        String env = System.getenv("GOPATH");
        if (env != null) {
            for (String r : env.split(java.io.File.pathSeparator)) {
                if (!r.isEmpty()) {
                    roots.add(Path.of(r));
                }
            }
        }
        return load(mainFile, main, roots);
    }

    /** As {@link #load(Path, File)} with the given GOPATH roots (tests). */
    public static List<Package> load(Path mainFile, File main, List<Path> gopath) throws CompileError {
        PackageLoader l = new PackageLoader(mainFile, gopath);
        Loaded root = new Loaded(new Package("main", main.packageName().name(), List.of(main)));
        l.collectImports(root);
        List<Loaded> stack = new ArrayList<>();
        l.visit(root, stack);
        if (!l.errors.isEmpty()) {
            throw new CompileError(l.errors);
        }
        return l.initOrder(root);
    }

    private static String modulePath(Path goMod) {
        try {
            for (String line : Files.readAllLines(goMod)) {
                String t = line.strip();
                if (t.startsWith("module")) {
                    String rest = t.substring("module".length()).strip();
                    int comment = rest.indexOf("//");
                    if (comment >= 0) {
                        rest = rest.substring(0, comment).strip();
                    }
                    if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
                        rest = rest.substring(1, rest.length() - 1);
                    }
                    return rest;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void collectImports(Loaded l) {
        for (File f : l.pkg.files()) {
            for (Spec.ImportSpec is : f.imports()) {
                if (Registry.lookup(is.path()) == null) {
                    l.imports.putIfAbsent(is.path(), new Site(is, f));
                }
            }
        }
    }

    /**
     * Depth-first over imports in path order, as the go command loads them; a package met again while
     * still on the stack is Go's import cycle.
     */
    private void visit(Loaded l, List<Loaded> stack) {
        l.onStack = true;
        stack.add(l);
        for (Map.Entry<String, Site> e : l.imports.entrySet()) {
            if (!errors.isEmpty()) {
                break;
            }
            String ip = e.getKey();
            Loaded dep = loaded.get(ip);
            if (dep == null) {
                dep = find(ip, e.getValue());
                if (dep == null) {
                    continue;
                }
                loaded.put(ip, dep);
            }
            if (dep.onStack) {
                cycle(stack, ip);
                break;
            }
            if (!dep.done) {
                visit(dep, stack);
            }
        }
        stack.remove(stack.size() - 1);
        l.onStack = false;
        l.done = true;
    }

    private void cycle(List<Loaded> stack, String back) {
        StringBuilder sb = new StringBuilder("package ").append(COMMAND_LINE);
        for (int i = 0; i < stack.size(); i++) {
            Loaded from = stack.get(i);
            String to = i + 1 < stack.size() ? stack.get(i + 1).pkg.path() : back;
            Site site = from.imports.get(to);
            sb.append("\n\timports ").append(to).append(" from ").append(baseName(site.file().path()));
        }
        sb.append(": import cycle not allowed");
        errors.add(new Diagnostic(Pos.NONE, sb.toString()));
    }

    private static String baseName(String path) {
        return Path.of(path).getFileName().toString();
    }

    /** Resolves and parses one imported package, or reports Go's error at the import and returns null. */
    private Loaded find(String path, Site site) {
        Path dir = directory(path);
        Pos at = site.spec().pathPos();
        if (dir == null) {
            errors.add(new Diagnostic(at, notFound(path)));
            return null;
        }
        List<Path> sources = sources(dir);
        if (sources.isEmpty()) {
            errors.add(new Diagnostic(at, notFound(path)));
            return null;
        }
        List<File> files = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Path p : sources) {
            File f;
            try {
                f = SourceParser.parse(display(p), Files.readAllBytes(p));
            } catch (CompileError ce) {
                errors.addAll(ce.diagnostics());
                return null;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            files.add(f);
            names.putIfAbsent(f.packageName().name(), p.getFileName().toString());
        }
        if (names.size() > 1) {
            List<Map.Entry<String, String>> two = new ArrayList<>(names.entrySet()).subList(0, 2);
            errors.add(new Diagnostic(at, "found packages " + two.get(0).getKey() + " (" + two.get(0).getValue()
                    + ") and " + two.get(1).getKey() + " (" + two.get(1).getValue() + ") in " + dir));
            return null;
        }
        String name = names.keySet().iterator().next();
        if (name.equals("main")) {
            errors.add(new Diagnostic(at, "import \"" + path + "\" is a program, not an importable package"));
            return null;
        }
        Loaded l = new Loaded(new Package(path, name, List.copyOf(files)));
        collectImports(l);
        return l;
    }

    private Path directory(String path) {
        if (modulePath != null && (path.equals(modulePath) || path.startsWith(modulePath + "/"))) {
            Path d = moduleRoot.resolve(path.substring(modulePath.length()).replaceFirst("^/", "")).normalize();
            return Files.isDirectory(d) ? d : null;
        }
        Path beside = mainDir.resolve(path).normalize();
        if (Files.isDirectory(beside)) {
            return beside;
        }
        for (Path root : gopath) {
            Path d = root.toAbsolutePath().resolve("src").resolve(path).normalize();
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /** go build's words for an import path it cannot find (Go 1.22, without the GOROOT directory). */
    private String notFound(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (!first.contains(".")) {
            return "package " + path + " is not in std";
        }
        if (modulePath == null) {
            return "no required module provides package " + path
                    + ": go.mod file not found in current directory or any parent directory; see 'go help modules'";
        }
        return "no required module provides package " + path + "; to add it:\n\tgo get " + path;
    }

    private List<Path> sources(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && BuildConstraints.matches(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's path as positions print it: relative to the current directory when main's path was relative. */
    private String display(Path abs) {
        if (relative) {
            Path rel = cwd.relativize(abs);
            if (!rel.startsWith("..")) {
                return rel.toString();
            }
        }
        return abs.toString();
    }

    /**
     * The spec's package initialization order (Go 1.21+): of the packages sorted by import path, repeatedly
     * the first one whose imports are all initialized; main comes last since it (indirectly) imports all.
     */
    private List<Package> initOrder(Loaded main) {
        List<Loaded> pending = new ArrayList<>(new TreeMap<>(loaded).values());
        List<Package> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            Loaded next = null;
            for (Loaded l : pending) {
                if (done.containsAll(l.imports.keySet())) {
                    next = l;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("import cycle left after loading");
            }
            pending.remove(next);
            done.add(next.pkg.path());
            out.add(next.pkg);
        }
        out.add(main.pkg);
        return out;
    }
}
