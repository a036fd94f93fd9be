package gomini.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go strings are byte sequences. gomini keeps a Go string in a java.lang.String whose chars are the
 * bytes (0..255) of its UTF-8 encoding: len is length(), s[i] is charAt(i), slicing is substring,
 * comparison is compareTo, and the JVM stores such strings compactly at one byte per char. Text crosses
 * into Java's UTF-16 only at the edges (source literals, printing, conversions).
 */
public final class GoStrings {
    private GoStrings() {}

    /** The Go string holding the UTF-8 encoding of a Java string. */
    public static String fromJava(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        return ascii ? s : fromBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The Java string a Go string denotes (invalid UTF-8 becomes U+FFFD, as Go's printing of it would). */
    public static String toJava(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        return ascii ? s : new String(toBytes(s), StandardCharsets.UTF_8);
    }

    public static String fromBytes(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    public static String fromBytes(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    public static byte[] toBytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** string(r): the UTF-8 encoding of rune r, or of U+FFFD when r is not a valid code point. */
    public static String fromRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        if (r < 0x80) {
            return String.valueOf((char) r);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4);
        appendRune(out, (int) r);
        return fromBytes(out.toByteArray());
    }

    public static void appendRune(ByteArrayOutputStream out, int r) {
        if (r < 0x80) {
            out.write(r);
        } else if (r < 0x800) {
            out.write(0xC0 | (r >> 6));
            out.write(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            out.write(0xE0 | (r >> 12));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        } else {
            out.write(0xF0 | (r >> 18));
            out.write(0x80 | ((r >> 12) & 0x3F));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        }
    }

    /**
     * Decodes the rune starting at byte i, as Go's utf8.DecodeRuneInString: returns
     * {@code rune << 8 | size}; an invalid or short encoding decodes as U+FFFD of size 1.
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return (0xFFFDL << 8) | 1;
        }
        if (i + need >= n) {
            return (0xFFFDL << 8) | 1;
        }
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k);
            if ((b & 0xC0) != 0x80) {
                return (0xFFFDL << 8) | 1;
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return (0xFFFDL << 8) | 1;
        }
        return ((long) r << 8) | (need + 1);
    }

    /** The number of runes in s, as utf8.RuneCountInString. */
    public static int runeCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); count++) {
            i += (int) (decodeRune(s, i) & 0xFF);
        }
        return count;
    }

    /** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        if (r < 0 || r > 0x10FFFF) {
            return false;
        }
        return isGraphicType(Character.getType(r));
    }

    private static boolean isGraphicType(int t) {
        return switch (t) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
