package gomini.lib;

import gomini.runtime.GoStrings;

/** Rune-level helpers over Go byte-strings, and Unicode classes as Go's unicode package defines them. */
final class Runes {
    private Runes() {}

    static final int RUNE_ERROR = 0xFFFD;

    /** The rune at byte i: {@code rune << 8 | size}. */
    static long decode(String s, int i) {
        return GoStrings.decodeRune(s, i);
    }

    static int rune(long decoded) {
        return (int) (decoded >> 8);
    }

    static int size(long decoded) {
        return (int) (decoded & 0xFF);
    }

    /** The runes of s, as Go's range over a string yields them. */
    static int[] runes(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            out[n++] = rune(d);
            i += size(d);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The last rune of s[:end], as utf8.DecodeLastRuneInString: {@code rune << 8 | size}. */
    static long decodeLast(String s, int end) {
        if (end == 0) {
            return (long) RUNE_ERROR << 8;
        }
        int start = end - 1;
        int r = s.charAt(start);
        if (r < 0x80) {
            return ((long) r << 8) | 1;
        }
        int lim = Math.max(end - 4, 0);
        for (start--; start >= lim; start--) {
            if ((s.charAt(start) & 0xC0) != 0x80) {
                break;
            }
        }
        if (start < 0) {
            start = 0;
        }
        long d = decode(s.substring(0, end), start);
        if (start + size(d) != end) {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        return d;
    }

    static String encode(int r) {
        return GoStrings.fromRune(r);
    }

    static boolean isSpace(int r) {
        if (r < 0x100) {
            return r == '\t' || r == '\n' || r == 0x0B || r == '\f' || r == '\r' || r == ' ' || r == 0x85
                    || r == 0xA0;
        }
        return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F
                || r == 0x205F || r == 0x3000;
    }

    static boolean isLetter(int r) {
        return r >= 0 && r <= 0x10FFFF && Character.isLetter(r);
    }

    static boolean isDigit(int r) {
        return r >= 0 && r <= 0x10FFFF && Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isNumber(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return false;
        }
        int t = Character.getType(r);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isUpper(int r) {
        return r >= 0 && r <= 0x10FFFF && Character.getType(r) == Character.UPPERCASE_LETTER;
    }

    static boolean isLower(int r) {
        return r >= 0 && r <= 0x10FFFF && Character.getType(r) == Character.LOWERCASE_LETTER;
    }

    static boolean isTitle(int r) {
        return r >= 0 && r <= 0x10FFFF && Character.getType(r) == Character.TITLECASE_LETTER;
    }

    static boolean isPunct(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isSymbol(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isControl(int r) {
        return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
    }

    static int toUpper(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return r;
        }
        return Character.toUpperCase(r);
    }

    static int toLower(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return r;
        }
        return Character.toLowerCase(r);
    }

    static int toTitle(int r) {
        if (r < 0 || r > 0x10FFFF) {
            return r;
        }
        return Character.toTitleCase(r);
    }

    /** s with every rune mapped (invalid bytes become U+FFFD, as Go's strings.Map does). */
    static String map(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            long d = decode(s, i);
            int r = f.applyAsInt(rune(d));
            if (r >= 0) {
                if (r < 0x80) {
                    sb.append((char) r);
                } else {
                    sb.append(encode(r));
                }
            }
            i += size(d);
        }
        return sb.toString();
    }
}
