package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training program (src/main/aot/training.go) must run cleanly: if it failed, the launcher
 * would silently go without its class archive and every run would start slower. The lines checked are what
 * Go 1.19 prints for it (the log line has the date and a math/rand draw, which differ).
 */
class TrainingProgramTest {
    @Test
    void runsToTheEndAsGoDoes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Gomini.run(Path.of("src/main/aot/training.go"), List.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertTrue(stdout.startsWith("[0 1 2 3 1] 6 OK 3.14 \"q\" ff context.deadlineExceededError\ntraining "), stdout);
        assertTrue(stdout.contains(" cause "), stdout);
        assertTrue(stdout.endsWith(" true true 2 true 1.5s\nrecovered: runtime error: index out of range [2] with length 0 [a b]\n"), stdout);
    }
}
