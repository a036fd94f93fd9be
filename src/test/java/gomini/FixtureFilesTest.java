package gomini;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.fixture.StderrMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks on the fixture files themselves (not on gomini), so that a broken fixture is reported as
 * such rather than as an interpreter failure: no orphan expectation files, well-formed .code/.args,
 * hand-written fixtures (oracle: spec, bad/) actually have expectations.
 */
class FixtureFilesTest {
    private static final Set<String> SIBLINGS = Set.of("out", "err", "code", "args", "stdin");

    @Test
    void fixtureFilesAreWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.walk(FixtureTest.ROOT)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;  // .gitattributes and the like
                String rel = FixtureTest.ROOT.relativize(p).toString();
                int dot = name.lastIndexOf('.');
                String ext = dot < 0 ? "" : name.substring(dot + 1);
                String base = dot < 0 ? name : name.substring(0, dot);
                if (ext.equals("go")) {
                    checkGoFixture(p, base, rel, problems);
                } else if (SIBLINGS.contains(ext)) {
                    if (!Files.exists(p.resolveSibling(base + ".go"))) problems.add(rel + ": no " + base + ".go beside it");
                } else {
                    problems.add(rel + ": unexpected file in the fixtures tree");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "fixture problems:\n  " + String.join("\n  ", problems));
    }

    private static void checkGoFixture(Path go, String base, String rel, List<String> problems) throws IOException {
        Path code = go.resolveSibling(base + ".code");
        if (Files.exists(code)) {
            String c = Files.readString(code, StandardCharsets.US_ASCII).trim();
            if (!c.matches("-?\\d+")) problems.add(rel + ": .code is not an integer: " + c);
            else if (c.equals("0")) problems.add(rel + ": .code 0 should be absent instead");
        }
        Path args = go.resolveSibling(base + ".args");
        if (Files.exists(args) && Files.readString(args, StandardCharsets.UTF_8).strip().contains("\n")) {
            problems.add(rel + ": .args must be a single line");
        }
        boolean hasExpectation = Stream.of(".out", ".err", ".code")
                .anyMatch(x -> Files.exists(go.resolveSibling(base + x)));
        boolean handWritten = rel.replace('\\', '/').startsWith("bad/") || isSpec(go);
        if (handWritten && !hasExpectation) {
            problems.add(rel + ": hand-written fixture (bad/ or oracle: spec) without any .out/.err/.code");
        }
        Path err = go.resolveSibling(base + ".err");
        if (Files.exists(err)) {
            String e = Files.readString(err, StandardCharsets.ISO_8859_1);
            StderrMatcher.Result self = StderrMatcher.match(e, e);
            if (!self.ok()) problems.add(rel + ": .err does not match itself: " + self.explanation());
        }
    }

    private static boolean isSpec(Path go) throws IOException {
        byte[] head = Files.readAllBytes(go);
        String text = new String(head, 0, Math.min(head.length, 2000), StandardCharsets.ISO_8859_1);
        return text.lines().limit(5).anyMatch(l -> l.startsWith("// oracle: spec"));
    }
}
