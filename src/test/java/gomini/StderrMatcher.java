package gomini;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the stderr gomini printed matches a fixture's expected (normalized) stderr.
 *
 * <p>Rules (see also {@code src/test/oracle/normalize-stderr}, which produces the expected side):
 * <ul>
 *   <li>Everything before the first line that starts with {@code "goroutine "} must match exactly,
 *       byte for byte (this covers compile errors, print/println output, {@code panic: ...} messages,
 *       {@code [recovered]} lines and {@code fatal error: ...} lines). When the expected stderr has no
 *       such line at all, the whole stderr must match exactly, and the actual may not have one either.</li>
 *   <li>From the first {@code goroutine } line on, only a sequence of <em>trace items</em> is compared:
 *     <ol type="a">
 *       <li>goroutine headers {@code goroutine N [STATE]:}, compared exactly;</li>
 *       <li>frames whose function starts with {@code main.}, together with the location line
 *           ({@code \tfile.go:LINE}) that follows each; the frame is compared by function name only
 *           (its argument list, {@code ()} or {@code (...)}, is ignored, because Go prints {@code (...)}
 *           for inlined calls whatever their parameters), the location line exactly;</li>
 *       <li>{@code created by main.X} lines, with any trailing {@code  in goroutine N} removed, each
 *           together with its location line.</li>
 *     </ol>
 *     All other lines (runtime/sync/fmt frames and their locations, blank lines, ...) are ignored.</li>
 *   <li>Truncation: a line {@code ...additional frames elided...} in the <em>expected</em> trace (Go prints it
 *       after 100 frames) matches any number of actual items up to the next goroutine header or the end,
 *       so a fixture can keep just the top of a huge trace (stack overflow).</li>
 *   <li>Machine addresses that no interpreter can reproduce are masked on both sides before comparing:
 *       {@code addr=0x..} and {@code pc=0x..} in a {@code [signal ...]} line, and the address Go prints for a
 *       panic value of a composite type ({@code panic: (main.T) 0xc000012345}).</li>
 * </ul>
 * Line endings are {@code \n}; a {@code \r\n} is treated as {@code \n}.
 */
public final class StderrMatcher {
    private StderrMatcher() {}

    /** The result of a comparison: {@link #ok()} or a human-readable explanation. */
    public record Result(boolean ok, String explanation) {
        static Result success() { return new Result(true, ""); }
        static Result failure(String why) { return new Result(false, why); }
    }

    /** One significant line of a goroutine trace: what is compared, and where it came from. */
    record Item(String key, int lineNo, String original) {
        @Override public String toString() { return "line " + lineNo + ": " + original.replace("\t", "\\t"); }
    }

    private static final Pattern GOROUTINE_HEADER = Pattern.compile("^goroutine \\d+ \\[[^\\]]*\\]:$");
    private static final Pattern CREATED_BY_SUFFIX = Pattern.compile(" in goroutine \\d+$");

    /** Compares {@code actual} against {@code expected}; both are whole stderr texts. */
    public static Result match(String expected, String actual) {
        expected = maskAddresses(expected.replace("\r\n", "\n"));
        actual = maskAddresses(actual.replace("\r\n", "\n"));
        int expAt = traceStart(expected);
        int actAt = traceStart(actual);
        if (expAt < 0) {
            if (expected.equals(actual)) return Result.success();
            return Result.failure("stderr differs (no goroutine trace expected, compared exactly):\n"
                    + Diff.lines(expected, actual));
        }
        if (actAt < 0) {
            return Result.failure("expected a goroutine trace (a line starting with \"goroutine \"), found none:\n"
                    + Diff.lines(expected, actual));
        }
        String expHead = expected.substring(0, expAt);
        String actHead = actual.substring(0, actAt);
        if (!expHead.equals(actHead)) {
            return Result.failure("stderr before the first goroutine trace differs:\n" + Diff.lines(expHead, actHead));
        }
        List<Item> exp = traceItems(expected.substring(expAt), lineNumberAt(expected, expAt), true);
        List<Item> act = traceItems(actual.substring(actAt), lineNumberAt(actual, actAt), false);
        int i = 0, j = 0;
        while (i < exp.size() && j < act.size()) {
            Item e = exp.get(i);
            if (e.key().equals(ELIDED)) {
                while (j < act.size() && !act.get(j).key().startsWith("header ")) j++;
                i++;
                continue;
            }
            if (!e.key().equals(act.get(j).key())) {
                return Result.failure("goroutine trace differs at significant item " + (j + 1) + ":\n  expected "
                        + e + "\n  actual   " + act.get(j) + "\n" + describe(exp, act));
            }
            i++;
            j++;
        }
        while (i < exp.size() && exp.get(i).key().equals(ELIDED)) i++;
        if (i < exp.size()) {
            return Result.failure("goroutine trace ends early; missing from actual: " + exp.get(i) + "\n"
                    + describe(exp, act));
        }
        if (j < act.size()) {
            return Result.failure("goroutine trace has more significant items than expected; unexpected in actual: "
                    + act.get(j) + "\n" + describe(exp, act));
        }
        return Result.success();
    }

    static final String ELIDED = "...additional frames elided...";

    private static final Pattern SIGNAL_HEX = Pattern.compile("(?m)^(\\[signal .*?\\b(?:addr|pc)=)0x[0-9a-fA-F]+");
    private static final Pattern PANIC_ADDR = Pattern.compile("(?m)^(\t?panic: \\([^)\n]*\\) )0x[0-9a-f]+");

    /** Masks addresses that vary from run to run (see the class comment). */
    static String maskAddresses(String s) {
        String prev;
        do {  // a [signal] line has two addresses: repeat until stable
            prev = s;
            s = SIGNAL_HEX.matcher(s).replaceAll("$10x?");
        } while (!s.equals(prev));
        return PANIC_ADDR.matcher(s).replaceAll("$10x?");
    }

    /** Offset of the first line starting with "goroutine ", or -1. */
    static int traceStart(String s) {
        int at = 0;
        while (at <= s.length()) {
            if (s.startsWith("goroutine ", at)) return at;
            int nl = s.indexOf('\n', at);
            if (nl < 0) return -1;
            at = nl + 1;
        }
        return -1;
    }

    private static int lineNumberAt(String s, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /** The significant items of a trace section, in order. */
    static List<Item> traceItems(String trace, int firstLineNo, boolean expectedSide) {
        String[] lines = trace.split("\n", -1);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = firstLineNo + i;
            if (expectedSide && line.equals(ELIDED)) {
                items.add(new Item(ELIDED, no, line));
            } else if (GOROUTINE_HEADER.matcher(line).matches()) {
                items.add(new Item("header " + line, no, line));
            } else if (line.startsWith("main.")) {
                items.add(new Item("frame " + functionName(line), no, line));
                i = addLocation(lines, i, firstLineNo, items);
            } else if (line.startsWith("created by main.")) {
                String fn = CREATED_BY_SUFFIX.matcher(line).replaceFirst("");
                items.add(new Item(fn, no, line));
                i = addLocation(lines, i, firstLineNo, items);
            }
        }
        return items;
    }

    /** Adds the location line following line i (if it is one) and returns the index of the last line consumed. */
    private static int addLocation(String[] lines, int i, int firstLineNo, List<Item> items) {
        if (i + 1 < lines.length && lines[i + 1].startsWith("\t")) {
            String loc = lines[i + 1];
            items.add(new Item("location " + loc, firstLineNo + i + 1, loc));
            return i + 1;
        }
        items.add(new Item("location <none>", firstLineNo + i + 1, "<no location line>"));
        return i;
    }

    private static final Pattern ARGS = Pattern.compile("\\((?:\\.\\.\\.|[^()]*)\\)$");

    /** "main.(*T).M(...)" -> "main.(*T).M"; "main.main()" -> "main.main". */
    static String functionName(String frame) {
        Matcher m = ARGS.matcher(frame);
        return m.find() ? frame.substring(0, m.start()) : frame;
    }

    private static String describe(List<Item> exp, List<Item> act) {
        StringBuilder sb = new StringBuilder();
        sb.append("expected significant trace lines:\n");
        for (Item it : exp) sb.append("    ").append(it.original().replace("\t", "\\t")).append('\n');
        sb.append("actual significant trace lines:\n");
        for (Item it : act) sb.append("    ").append(it.original().replace("\t", "\\t")).append('\n');
        return sb.toString();
    }
}
