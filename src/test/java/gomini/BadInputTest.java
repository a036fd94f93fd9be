package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to gomini itself that cannot be a committed fixture (the small cases — empty file, binary
 * garbage, no main function, non-main package — are fixtures in {@code fixtures/bad/}, with hand-written
 * expectations).
 */
class BadInputTest {
    private static final Pattern JAVA_STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|Exception in thread|\\bjava\\.(lang|util|io)\\.\\w+(Exception|Error)\\b");

    private static void assertNoJavaStackTrace(FixtureRunner.Outcome r) {
        assertNull(r.thrown(), () -> "Gomini.run threw:\n" + FixtureRunner.stackTrace(r.thrown()));
        String all = r.stdoutText() + "\n" + r.stderrText();
        assertFalse(JAVA_STACK_TRACE.matcher(all).find(),
                () -> "gomini printed a Java stack trace / exception name:\n" + head(r.stderrText()));
    }

    @Test
    void missingFileFailsWithAMessageNamingThePath(@TempDir Path tmp) {
        Path missing = tmp.resolve("does_not_exist.go");
        FixtureRunner.Outcome r = FixtureRunner.execute(FixtureRunner.GOMINI, missing, List.of(), new byte[0], Duration.ofSeconds(20));
        assertFalse(r.timedOut(), "timed out");
        assertNoJavaStackTrace(r);
        assertNotEquals(0, r.code(), "exit code for a missing file");
        assertTrue(r.stderrText().contains(missing.toString()),
                () -> "stderr should name the missing path " + missing + ", was:\n" + r.stderrText());
        assertEquals("", r.stdoutText());
    }

    /**
     * A ~10 MB source file (two million {@code x++} statements). gomini may run it (then it must print the
     * right count) or refuse it with a non-zero exit code and a message, but must not hang for more than
     * 60 s, and must not print a Java stack trace. Generated at test time, never committed.
     */
    @Test
    void tenMegabyteSourceRunsOrIsRejectedCleanly(@TempDir Path tmp) throws IOException {
        int n = 2_000_000;
        Path big = tmp.resolve("huge_1.go");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n");
            for (int i = 0; i < n; i++) w.write("\tx++\n");
            w.write("\tfmt.Println(x)\n}\n");
        }
        assertTrue(Files.size(big) >= 10_000_000L, "generated file should be ~10 MB");
        FixtureRunner.Outcome r = FixtureRunner.execute(FixtureRunner.GOMINI, big, List.of(), new byte[0], Duration.ofSeconds(60));
        assertFalse(r.timedOut(), "gomini did not finish a 10 MB source within 60 s");
        assertNoJavaStackTrace(r);
        if (r.code() == 0) {
            assertEquals(n + "\n", r.stdoutText(), "exit code 0 but wrong output");
        } else {
            assertFalse(r.stderrText().isBlank(), "non-zero exit code " + r.code() + " without any message");
        }
    }

    private static String head(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n...";
    }
}
