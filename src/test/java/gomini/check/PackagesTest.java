package gomini.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gomini.ast.Decl;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.types.Named;
import gomini.types.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User packages: loading (module and GOPATH style, build constraints), checking several packages into
 * one Info, and the go command's and types2's errors. Expected messages were checked against Go 1.19
 * (go build) and, where modern Go words them differently, against Go 1.22+'s types2 and cmd/go sources.
 */
class PackagesTest {
    @TempDir
    Path dir;

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private Info check(Map<String, String> files) throws Exception {
        write(files);
        Path main = dir.resolve("main.go");
        return Checker.checkProgram(main, Files.readAllBytes(main));
    }

    /** The errors, with the temp dir's path shown as DIR. */
    private String errors(Map<String, String> files) throws Exception {
        CompileError e = assertThrows(CompileError.class, () -> check(files));
        return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"))
                .replace(dir.toString(), "DIR");
    }

    private static Map<String, String> files(String... kv) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final String GO_MOD = "module samples\n\ngo 1.19\n";

    @Test
    void moduleLayoutChecks() throws Exception {
        Info info = check(files(
                "go.mod", GO_MOD,
                "main.go", """
                        package main

                        import (
                        	"fmt"
                        	"samples/pool"
                        )

                        func main() {
                        	p := pool.New(3)
                        	p.Put(pool.Size)
                        	fmt.Println(p, pool.Count, pool.Default.Cap())
                        }
                        """,
                "pool/pool.go", """
                        package pool

                        const Size = 2

                        var Count = count()

                        type Pool struct{ items []int }

                        func New(n int) *Pool { return &Pool{items: make([]int, 0, n)} }

                        func (p *Pool) Put(x int) { p.items = append(p.items, x) }
                        """,
                "pool/extra.go", """
                        package pool

                        var Default = New(Size)

                        func count() int { return 7 }

                        func (p *Pool) Cap() int { return cap(p.items) }
                        """,
                "pool/pool_test.go", "package pool_test\n\nthis is not Go\n",
                "pool/pool_windows.go", "package pool\n\nvar Count = 1\n",
                "pool/other.go", "//go:build ignore\n\npackage other\n"));
        assertEquals(List.of("samples/pool", "main"), info.packages.stream().map(Info.PackageInfo::path).toList());
        Info.PackageInfo pool = info.packages.get(0);
        assertEquals("pool", pool.name());
        assertEquals(List.of("extra.go", "pool.go"), pool.files().stream()
                .map(f -> Path.of(f.path()).getFileName().toString()).toList());
        assertEquals(2, info.globalCount);
        assertEquals(2, pool.initOrder().size());
        assertEquals(2, info.initOrder.size());
        // New and Put are pool's: the compiler names them samples/pool.New, samples/pool.(*Pool).Put
        for (gomini.ast.File f : pool.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.FuncDecl fd) {
                    assertEquals("samples/pool", info.funcPackages.get(fd).path());
                }
            }
        }
        Decl.FuncDecl mainFn = (Decl.FuncDecl) info.packages.get(1).files().get(0).decls().get(0);
        assertEquals("main", info.funcPackages.get(mainFn).path());
        // pool.New resolves to the user function; its result type prints as Go's %T does
        Symbol.Func newFn = info.uses.entrySet().stream()
                .filter(en -> en.getKey().name().equals("New") && en.getValue() instanceof Symbol.Func)
                .map(en -> (Symbol.Func) en.getValue()).findFirst().orElseThrow();
        assertEquals("samples/pool", newFn.pkg());
        Named poolType = (Named) ((Pointer) newFn.type().results().types().get(0)).elem();
        assertEquals("pool", poolType.pkg());
        assertEquals("pool.Pool", poolType.toString());
        Symbol count = info.uses.entrySet().stream().filter(en -> en.getKey().name().equals("Count"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertEquals(Symbol.Var.Kind.GLOBAL, assertInstanceOf(Symbol.Var.class, count).kind());
    }

    @Test
    void gopathStyleFolderBesideMain() throws Exception {
        Info info = check(files(
                "main.go", """
                        package main

                        import r "runner"

                        func main() { r.Run() }
                        """,
                "runner/runner.go", """
                        package runner

                        import "fmt"

                        func Run() { fmt.Println("run") }
                        """));
        assertEquals("runner", info.packages.get(0).path());
    }

    @Test
    void gopathRoots() throws Exception {
        write(files(
                "prog/main.go", "package main\n\nimport \"lib/util\"\n\nfunc main() { util.F() }\n",
                "gp/src/lib/util/u.go", "package util\n\nfunc F() {}\n"));
        Path main = dir.resolve("prog/main.go");
        gomini.ast.File f = gomini.syntax.SourceParser.parse(main.toString(), Files.readAllBytes(main));
        List<Package> pkgs = PackageLoader.load(main, f, List.of(dir.resolve("gp")));
        assertEquals(List.of("lib/util", "main"), pkgs.stream().map(Package::path).toList());
    }

    @Test
    void initOrderDependenciesFirstThenByPath() throws Exception {
        Info info = check(files(
                "go.mod", GO_MOD,
                "main.go", """
                        package main

                        import (
                        	"samples/b"
                        	"samples/a"
                        )

                        var M = a.A + b.B

                        func init() {}

                        func main() {}
                        """,
                "a/a.go", "package a\n\nimport \"samples/c\"\n\nvar A = c.C\n\nfunc init() {}\n\nfunc init() {}\n",
                "b/b.go", "package b\n\nvar B = 2\n",
                "c/c.go", "package c\n\nvar C = 1\n"));
        assertEquals(List.of("samples/b", "samples/c", "samples/a", "main"),
                info.packages.stream().map(Info.PackageInfo::path).toList());
        assertEquals(2, info.packages.get(2).inits().size());
        assertEquals(1, info.packages.get(3).inits().size());
        assertEquals(4, info.initOrder.size());
        assertEquals("M", ((Symbol.Var) info.initOrder.get(3).lhs().get(0)).name());
    }

    @Test
    void unexportedNameOfPackage() throws Exception {
        assertEquals("DIR/main.go:5:20: name factory not exported by package pool", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/pool\"\n\nfunc main() { pool.factory() }\n",
                "pool/pool.go", "package pool\n\nfunc factory() {}\n")));
    }

    @Test
    void undefinedNameOfPackage() throws Exception {
        assertEquals("DIR/main.go:5:20: undefined: pool.Nope", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/pool\"\n\nfunc main() { pool.Nope() }\n",
                "pool/pool.go", "package pool\n\nfunc F() {}\n")));
    }

    @Test
    void unexportedFieldsAndMethods() throws Exception {
        assertEquals("""
                DIR/main.go:7:8: p.f undefined (cannot refer to unexported field f)
                DIR/main.go:8:4: p.m undefined (cannot refer to unexported method m)
                DIR/main.go:9:16: cannot refer to unexported field f in struct literal of type pool.Pool
                DIR/main.go:10:16: implicit assignment to unexported field f in struct literal of type pool.Pool""",
                errors(files(
                        "go.mod", GO_MOD,
                        "main.go", """
                                package main

                                import "samples/pool"

                                func main() {
                                	p := &pool.Pool{G: 1}
                                	_ = p.f
                                	p.m()
                                	_ = pool.Pool{f: 1}
                                	_ = pool.Pool{1, 2}
                                	_ = p.G
                                }
                                """,
                        "pool/pool.go", "package pool\n\ntype Pool struct {\n\tf int\n\tG int\n}\n\nfunc (p *Pool) m() { p.f++ }\n")));
    }

    @Test
    void errorsInsideAPackageNameItsFilesAndTypesUnqualified() throws Exception {
        assertEquals("""
                DIR/pool/pool.go:5:24: cannot use "s" (untyped string constant) as Pool value in return statement
                DIR/pool/pool.go:7:12: declared and not used: x""", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/pool\"\n\nfunc main() { pool.F() }\n",
                "pool/pool.go", "package pool\n\ntype Pool int\n\nfunc F() Pool { return \"s\" }\n\nfunc g() { x := 1 }\n")));
    }

    @Test
    void relativeMainPathGivesRelativePackagePaths() throws Exception {
        write(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/pool\"\n\nfunc main() { pool.F() }\n",
                "pool/pool.go", "package pool\n\nfunc F() { x := 1 }\n"));
        Path cwd = Path.of("").toAbsolutePath();
        Path rel = cwd.relativize(dir.resolve("main.go"));
        CompileError e = assertThrows(CompileError.class, () -> Checker.checkProgram(rel, Files.readAllBytes(rel)));
        String pos = e.diagnostics().get(0).pos().file();
        if (!rel.startsWith("..")) {
            assertEquals(rel.getParent().resolve("pool/pool.go").toString(), pos);
        }
    }

    @Test
    void unusedLocalImport() throws Exception {
        assertEquals("""
                DIR/main.go:4:2: "samples/pool" imported and not used
                DIR/main.go:5:4: "samples/run" imported as r and not used
                DIR/main.go:6:2: "samples/odd" imported as weird and not used""", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport (\n\t\"samples/pool\"\n\tr \"samples/run\"\n\t\"samples/odd\"\n)\n\nfunc main() {}\n",
                "pool/pool.go", "package pool\n",
                "run/run.go", "package run\n",
                "odd/odd.go", "package weird\n")));
    }

    @Test
    void importCycle() throws Exception {
        assertEquals("""
                package command-line-arguments
                	imports samples/a from main.go
                	imports samples/b from a.go
                	imports samples/a from b.go: import cycle not allowed""", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/a\"\n\nfunc main() { a.F() }\n",
                "a/a.go", "package a\n\nimport \"samples/b\"\n\nfunc F() { b.G() }\n",
                "b/b.go", "package b\n\nimport \"samples/a\"\n\nfunc G() { a.F() }\n")));
    }

    @Test
    void missingPackages() throws Exception {
        assertEquals("DIR/main.go:3:8: package samples/nope is not in std", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/nope\"\n\nfunc main() { nope.X() }\n")));
        assertEquals("DIR/main.go:3:8: package nosuchpkg is not in std", errors(files(
                "main.go", "package main\n\nimport \"nosuchpkg\"\n\nfunc main() { nosuchpkg.X() }\n")));
        Files.writeString(dir.resolve("go.mod"), "module example.com/m\n");
        assertEquals("DIR/main.go:3:8: no required module provides package example.com/m/nope; to add it:\n"
                + "\tgo get example.com/m/nope", errors(files(
                "main.go", "package main\n\nimport \"example.com/m/nope\"\n\nfunc main() { nope.X() }\n")));
    }

    @Test
    void twoPackagesInOneFolder() throws Exception {
        assertEquals("DIR/main.go:3:8: found packages other (a.go) and pool (pool.go) in DIR/pool", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/pool\"\n\nfunc main() { pool.X() }\n",
                "pool/pool.go", "package pool\n",
                "pool/a.go", "package other\n")));
    }

    @Test
    void importingAProgram() throws Exception {
        assertEquals("DIR/main.go:3:8: import \"samples/cmd\" is a program, not an importable package", errors(files(
                "go.mod", GO_MOD,
                "main.go", "package main\n\nimport \"samples/cmd\"\n\nfunc main() { cmd.X() }\n",
                "cmd/cmd.go", "package main\n\nfunc main() {}\n")));
    }

    @Test
    void samplesCheck() throws Exception {
        Path samples = Path.of("samples");
        if (!Files.isDirectory(samples)) {
            samples = Path.of("/work/main/samples");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples.resolve("pool")), "no samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(gomini.lib.Registry.lookup("sync") != null
                && gomini.lib.Registry.lookup("time") != null, "the samples need sync and time");
        for (String name : List.of("pool.go", "runner.go", "work.go")) {
            Path p = samples.resolve(name);
            gomini.ast.File f = gomini.syntax.SourceParser.parse(p.toString(), Files.readAllBytes(p));
            List<Package> pkgs = PackageLoader.load(p, f, List.of());
            String sub = name.substring(0, name.length() - 3);
            assertEquals(List.of("samples/" + sub, "main"), pkgs.stream().map(Package::path).toList());
            assertEquals(sub, pkgs.get(0).name());
            Info info = Checker.checkProgram(p, Files.readAllBytes(p));
            assertNotNull(info.packages.get(0).name());
        }
    }

    /**
     * The golden multi-package programs (src/test/resources/packages, see gomini.PackagesRunTest) as far
     * as the checker goes: the compile errors Go printed, or no error.
     */
    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> goldenProgramsCheck() throws IOException {
        Path root = Path.of("src", "test", "resources", "packages");
        List<Path> dirs;
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("main.go"))).sorted().toList();
        }
        return dirs.stream().map(d -> org.junit.jupiter.api.DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
            Path main = d.resolve("main.go");
            Path errFile = d.resolve("main.err");
            boolean compileError = Files.exists(d.resolve("main.code"))
                    && Files.readString(d.resolve("main.code")).trim().equals("2") && !Files.exists(d.resolve("main.out"))
                    && Files.exists(errFile) && !Files.readString(errFile).contains("goroutine ");
            try {
                Checker.checkProgram(main, Files.readAllBytes(main));
                assertEquals(false, compileError, "expected compile errors:\n" + (compileError ? Files.readString(errFile) : ""));
            } catch (CompileError e) {
                String actual = e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"))
                        .replace(d.toString() + "/", "");
                assertEquals(compileError ? Files.readString(errFile).strip() : "", actual);
            }
        }));
    }

    @Test
    void singleFileCheckStillFillsPackages() throws Exception {
        Info info = Checker.check(List.of(gomini.syntax.SourceParser.parse("m.go", "package main\n\nvar x = 1\n\nfunc init() {}\n\nfunc main() { _ = x }\n")));
        assertEquals(1, info.packages.size());
        assertEquals("main", info.packages.get(0).path());
        assertEquals(1, info.packages.get(0).inits().size());
        assertEquals(1, info.packages.get(0).initOrder().size());
    }
}
