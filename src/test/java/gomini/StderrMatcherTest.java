package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StderrMatcherTest {
    /** A normalized Go 1.19 trace, as src/test/oracle/normalize-stderr writes it. */
    static final String EXPECTED = """
            deferred print
            panic: runtime error: index out of range [3] with length 0

            goroutine 1 [running]:
            main.f(...)
            \tidx_1.go:7
            main.main()
            \tidx_1.go:12
            """;

    private static void accepts(String expected, String actual) {
        StderrMatcher.Result r = StderrMatcher.match(expected, actual);
        assertTrue(r.ok(), () -> "should match but: " + r.explanation());
    }

    private static String rejects(String expected, String actual) {
        StderrMatcher.Result r = StderrMatcher.match(expected, actual);
        assertFalse(r.ok(), "should not match:\n" + actual);
        assertFalse(r.explanation().isBlank());
        return r.explanation();
    }

    @Test
    void identicalTraceMatches() {
        accepts(EXPECTED, EXPECTED);
    }

    @Test
    void ignoresNonMainFramesBlankLinesAndArgumentLists() {
        accepts(EXPECTED, """
                deferred print
                panic: runtime error: index out of range [3] with length 0

                goroutine 1 [running]:
                panic(...)
                \tpanic.go:884
                main.f()
                \tidx_1.go:7
                fmt.Println(...)
                \tprint.go:314

                main.main(...)
                \tidx_1.go:12
                """);
    }

    @Test
    void prefixMustMatchExactly() {
        rejects(EXPECTED, EXPECTED.replace("length 0", "length 1"));
        rejects(EXPECTED, EXPECTED.replace("deferred print\n", ""));
        rejects(EXPECTED, EXPECTED.replace("deferred print\n", "deferred print \n"));
        // the blank line between the panic message and the trace belongs to the exact part
        rejects(EXPECTED, EXPECTED.replace("length 0\n\n", "length 0\n"));
    }

    @Test
    void frameNameLocationAndOrderMatter() {
        rejects(EXPECTED, EXPECTED.replace("main.f(...)", "main.g(...)"));
        rejects(EXPECTED, EXPECTED.replace("idx_1.go:7", "idx_1.go:8"));
        rejects(EXPECTED, EXPECTED.replace("\tidx_1.go:7\n", ""));
        String swapped = EXPECTED.replace("main.f(...)\n\tidx_1.go:7\nmain.main()\n\tidx_1.go:12\n",
                "main.main()\n\tidx_1.go:12\nmain.f(...)\n\tidx_1.go:7\n");
        rejects(EXPECTED, swapped);
    }

    @Test
    void missingOrExtraMainFramesAreRejected() {
        rejects(EXPECTED, EXPECTED.replace("main.f(...)\n\tidx_1.go:7\n", ""));
        String extra = rejects(EXPECTED, EXPECTED + "main.other()\n\tidx_1.go:20\n");
        assertTrue(extra.contains("main.other"), extra);
    }

    @Test
    void goroutineHeadersAreCompared() {
        rejects(EXPECTED, EXPECTED.replace("[running]", "[chan receive]"));
        rejects(EXPECTED, EXPECTED.replace("goroutine 1 ", "goroutine 7 "));
        rejects(EXPECTED, EXPECTED + "\ngoroutine 6 [chan send]:\nmain.worker()\n\tidx_1.go:30\n");
    }

    @Test
    void traceExpectedButAbsentIsRejected() {
        rejects(EXPECTED, "deferred print\npanic: runtime error: index out of range [3] with length 0\n\n");
    }

    @Test
    void withoutTraceTheWholeTextIsExact() {
        String compileErrors = "x.go:4:2: declared and not used: x\nx.go:5:2: undefined: y\n";
        accepts(compileErrors, compileErrors);
        rejects(compileErrors, "x.go:4:2: declared and not used: x\n");
        rejects(compileErrors, compileErrors + "x.go:9:1: missing return\n");
        rejects(compileErrors, compileErrors.replace("4:2", "4:3"));
        rejects(compileErrors, compileErrors.trim()); // final newline matters
        rejects(compileErrors, compileErrors + "goroutine 1 [running]:\nmain.main()\n\tx.go:3\n");
        accepts("", "");
        rejects("", "something\n");
        rejects("hello\n", "");
    }

    @Test
    void createdByIgnoresGoroutineSuffixButNotFunctionOrLocation() {
        String exp = """
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan receive]:
                main.main()
                \tdl.go:9

                goroutine 18 [chan send]:
                main.main.func1()
                \tdl.go:6
                created by main.main
                \tdl.go:5
                """;
        String modern = """
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [chan receive]:
                main.main()
                \tdl.go:9

                goroutine 18 [chan send]:
                main.main.func1()
                \tdl.go:6
                created by main.main in goroutine 1
                \tdl.go:5
                """;
        accepts(exp, modern);
        rejects(exp, modern.replace("created by main.main in", "created by main.other in"));
        rejects(exp, modern.replace("\tdl.go:5", "\tdl.go:4"));
        rejects(exp, modern.replace("created by main.main in goroutine 1\n\tdl.go:5\n", ""));
        // "created by" a non-main function is not significant
        accepts(exp, modern.replace("\n\tdl.go:5\n", "\n\tdl.go:5\ncreated by time.goFunc\n\tsleep.go:176\n"));
    }

    @Test
    void elidedMarkerInExpectedSkipsTheRestOfThatGoroutine() {
        String exp = """
                runtime: goroutine stack exceeds 1000000000-byte limit
                fatal error: stack overflow

                goroutine 1 [running]:
                main.recurse(...)
                \tso.go:8
                ...additional frames elided...
                """;
        StringBuilder act = new StringBuilder("""
                runtime: goroutine stack exceeds 1000000000-byte limit
                fatal error: stack overflow

                goroutine 1 [running]:
                main.recurse(...)
                \tso.go:8
                """);
        for (int k = 0; k < 99; k++) act.append("main.recurse(...)\n\tso.go:9\n");
        accepts(exp, act + "...additional frames elided...\n");
        accepts(exp, act + "main.main()\n\tso.go:14\n");
        accepts(exp, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
                + "goroutine 1 [running]:\nmain.recurse(...)\n\tso.go:8\n");
        rejects(exp, act.toString().replaceFirst("so.go:8", "so.go:9"));
        // only up to the next goroutine header
        String twoGoroutines = exp + "\ngoroutine 5 [chan send]:\nmain.worker()\n\tso.go:20\n";
        accepts(twoGoroutines, act + "\ngoroutine 5 [chan send]:\nmain.worker()\n\tso.go:20\n");
        rejects(twoGoroutines, act + "\ngoroutine 5 [chan send]:\nmain.worker()\n\tso.go:21\n");
        rejects(twoGoroutines, act.toString());
        // the marker in the actual output has no special meaning
        rejects(EXPECTED, EXPECTED.replace("main.main()\n\tidx_1.go:12\n", "...additional frames elided...\n"));
    }

    @Test
    void machineAddressesAreMasked() {
        String exp = """
                panic: runtime error: invalid memory address or nil pointer dereference
                [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x481041]

                goroutine 1 [running]:
                main.main()
                \tnp.go:8
                """;
        accepts(exp, exp.replace("pc=0x481041", "pc=0x0").replace("addr=0x0", "addr=0x8"));
        rejects(exp, exp.replace("code=0x1", "code=0x2"));
        rejects(exp, exp.replace("SIGSEGV: segmentation", "SIGBUS: bus"));
        rejects(exp, exp.replace("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x481041]\n", ""));
        String structPanic = "panic: (main.T) 0xc000084000\n\ngoroutine 1 [running]:\nmain.main()\n\tp.go:9\n";
        accepts(structPanic, structPanic.replace("0xc000084000", "0x1"));
        rejects(structPanic, structPanic.replace("(main.T)", "(main.U)"));
        accepts("panic: x [recovered]\n\tpanic: (main.T) 0xc0000a\n\ngoroutine 1 [running]:\n",
                "panic: x [recovered]\n\tpanic: (main.T) 0xc0000b\n\ngoroutine 1 [running]:\n");
        // ordinary panic messages are not masked
        rejects("panic: 0x10\n\ngoroutine 1 [running]:\n", "panic: 0x11\n\ngoroutine 1 [running]:\n");
    }

    @Test
    void functionNameStripsOnlyTheArgumentList() {
        assertEquals("main.(*T).M", StderrMatcher.functionName("main.(*T).M(...)"));
        assertEquals("main.main", StderrMatcher.functionName("main.main()"));
        assertEquals("main.main.func1", StderrMatcher.functionName("main.main.func1()"));
        assertEquals("main.T.String", StderrMatcher.functionName("main.T.String(...)"));
    }

    @Test
    void crlfIsTreatedAsLf() {
        accepts(EXPECTED, EXPECTED.replace("\n", "\r\n"));
    }

    @Test
    void stripDirsRemovesDirectoryPrefixesBeforeTheFixtureName() {
        assertEquals("x.go:4:2: undefined: y\n\tx.go:12\n",
                FixtureTest.stripDirs("src/test/resources/fixtures/errors/x.go:4:2: undefined: y\n"
                        + "\t/abs/path/x.go:12\n", "x.go"));
        assertEquals("./notx.go:1:1: m\nmy/x.gox\n", FixtureTest.stripDirs("./notx.go:1:1: m\nmy/x.gox\n", "x.go"));
    }
}
