package gomini.syntax;

import gomini.ast.Pos;
import java.util.Arrays;

/**
 * Turns ANTLR's code-point offsets into Go positions: 1-based lines, and 1-based columns that
 * count UTF-8 bytes. Lines holding only ASCII (nearly all) need no walking.
 */
final class LineTable {
    private final String path;
    private final String source;
    private int[] lineStartCp = new int[256];   // code-point index where each line starts
    private int[] lineStartChar = new int[256]; // char index of the same
    private boolean[] ascii = new boolean[256];
    private int lines;
    private int lastCp = -1;
    private Pos last;

    LineTable(String path, String source) {
        this.path = path;
        this.source = source;
        int cp = 0;
        boolean lineAscii = true;
        addLine(0, 0);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 0x80) {
                lineAscii = false;
                if (Character.isHighSurrogate(c) && i + 1 < source.length()
                        && Character.isLowSurrogate(source.charAt(i + 1))) {
                    i++;
                }
            }
            cp++;
            if (c == '\n') {
                ascii[lines - 1] = lineAscii;
                lineAscii = true;
                addLine(cp, i + 1);
            }
        }
        ascii[lines - 1] = lineAscii;
    }

    String path() {
        return path;
    }

    /** The position of the code point at index cp (an index past the end gives the end). */
    Pos at(int cp) {
        if (cp == lastCp && last != null) {
            return last; // a statement and its first operand start together
        }
        int i = Arrays.binarySearch(lineStartCp, 0, lines, cp);
        int line = i >= 0 ? i : -i - 2;
        int col = cp - lineStartCp[line];
        if (!ascii[line]) {
            col = byteColumn(line, col);
        }
        last = new Pos(path, line + 1, col + 1);
        lastCp = cp;
        return last;
    }

    private int byteColumn(int line, int cps) {
        int bytes = 0;
        int i = lineStartChar[line];
        for (int k = 0; k < cps && i < source.length(); k++) {
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    private void addLine(int cp, int ch) {
        if (lines == lineStartCp.length) {
            int n = lines * 2;
            lineStartCp = Arrays.copyOf(lineStartCp, n);
            lineStartChar = Arrays.copyOf(lineStartChar, n);
            ascii = Arrays.copyOf(ascii, n);
        }
        lineStartCp[lines] = cp;
        lineStartChar[lines] = ch;
        lines++;
    }
}
