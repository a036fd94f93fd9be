package gomini;

import java.util.ArrayList;
import java.util.List;

/** A small line diff for readable test failures ("-" expected only, "+" actual only, " " both). */
final class Diff {
    private Diff() {}

    private static final int MAX_LINES = 2000;   // beyond this, fall back to a first-difference report
    private static final int MAX_OUTPUT = 200;   // lines of diff shown

    static String lines(String expected, String actual) {
        List<String> a = split(expected);
        List<String> b = split(actual);
        StringBuilder sb = new StringBuilder();
        if (expected.endsWith("\n") != actual.endsWith("\n") && a.equals(b)) {
            return "  (only the final newline differs: expected " + (expected.endsWith("\n") ? "one" : "none")
                    + ", actual " + (actual.endsWith("\n") ? "one" : "none") + ")\n";
        }
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
            sb.append("  (long output: ").append(a.size()).append(" expected lines, ").append(b.size())
                    .append(" actual lines; first difference at line ").append(i + 1).append(")\n");
            sb.append("- ").append(i < a.size() ? show(a.get(i)) : "<end>").append('\n');
            sb.append("+ ").append(i < b.size() ? show(b.get(i)) : "<end>").append('\n');
            return sb.toString();
        }
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        int i = 0, j = 0, shown = 0;
        while ((i < n || j < m) && shown < MAX_OUTPUT) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                sb.append("  ").append(show(a.get(i))).append('\n'); i++; j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(show(b.get(j))).append('\n'); j++;
            } else {
                sb.append("- ").append(show(a.get(i))).append('\n'); i++;
            }
            shown++;
        }
        if (i < n || j < m) sb.append("  ... (diff truncated)\n");
        return sb.toString();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** Makes tabs and control characters visible. */
    private static String show(String line) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
