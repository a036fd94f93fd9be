package gomini.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which files of a package folder the go command would compile on linux/amd64: .go files that are not
 * _test.go files, whose name has no _GOOS/_GOARCH suffix for another system, and whose //go:build line
 * (if any, before the package clause) holds for the tags linux, amd64, unix, gc and go1.1 … go1.22.
 */
final class BuildConstraints {
    private BuildConstraints() {}

    private static final Set<String> OSES = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    private static final Set<String> ARCHES = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    static boolean matches(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".go") || name.endsWith("_test.go") || name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        if (!nameMatches(name.substring(0, name.length() - 3))) {
            return false;
        }
        String expr = goBuildLine(file);
        return expr == null || new Expr(expr).eval();
    }

    /** name_GOOS, name_GOARCH, name_GOOS_GOARCH (the name part must not be empty). */
    static boolean nameMatches(String stem) {
        String[] parts = stem.split("_");
        int n = parts.length;
        if (n >= 3 && OSES.contains(parts[n - 2]) && ARCHES.contains(parts[n - 1])) {
            return tag(parts[n - 2]) && tag(parts[n - 1]);
        }
        if (n >= 2 && (OSES.contains(parts[n - 1]) || ARCHES.contains(parts[n - 1]))) {
            return tag(parts[n - 1]);
        }
        return true;
    }

    static boolean tag(String t) {
        if (t.equals("linux") || t.equals("amd64") || t.equals("unix") || t.equals("gc")) {
            return true;
        }
        if (t.startsWith("go1.")) {
            try {
                return Integer.parseInt(t.substring(4)) <= 22;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static String goBuildLine(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inBlock = false;
        for (String raw : lines) {
            String l = raw.strip();
            if (inBlock) {
                if (l.contains("*/")) {
                    inBlock = false;
                }
                continue;
            }
            if (l.startsWith("//go:build ")) {
                return l.substring("//go:build ".length());
            }
            if (l.isEmpty() || l.startsWith("//")) {
                continue;
            }
            if (l.startsWith("/*")) {
                inBlock = !l.contains("*/");
                continue;
            }
            break; // the package clause: constraints only come before it
        }
        return null;
    }

    /** A //go:build expression: tags, !, &&, ||, parentheses. */
    static final class Expr {
        private final String s;
        private int i;

        Expr(String s) {
            this.s = s;
        }

        boolean eval() {
            boolean v = or();
            skip();
            return v && i == s.length();
        }

        private boolean or() {
            boolean v = and();
            while (eat("||")) {
                v |= and();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (eat("&&")) {
                v &= not();
            }
            return v;
        }

        private boolean not() {
            if (eat("!")) {
                return !not();
            }
            if (eat("(")) {
                boolean v = or();
                eat(")");
                return v;
            }
            skip();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                i++;
            }
            return start < i && tag(s.substring(start, i));
        }

        private boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, i)) {
                i += tok.length();
                return true;
            }
            return false;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
