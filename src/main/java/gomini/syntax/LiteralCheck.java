package gomini.syntax;

/**
 * Checks the literals that GoTokens matched loosely, with cmd/compile's scanner messages. Offsets
 * given to the sink are code-point offsets within the literal's text.
 */
final class LiteralCheck {
    interface Sink {
        void error(int offset, String message);
    }

    private LiteralCheck() {}

    static void number(String text, Sink sink) {
        int[] s = text.codePoints().toArray();
        int i = 0;
        int base = 10;
        char prefix = 0;
        int[] digsep = {0};
        int[] invalid = {-1};
        boolean isFloat = false;
        if (s[0] != '.') {
            if (s[0] == '0') {
                i++;
                int c = i < s.length ? lower(s[i]) : 0;
                switch (c) {
                    case 'x' -> { i++; base = 16; prefix = 'x'; }
                    case 'o' -> { i++; base = 8; prefix = 'o'; }
                    case 'b' -> { i++; base = 2; prefix = 'b'; }
                    default -> { base = 8; prefix = '0'; digsep[0] = 1; }
                }
            }
            i = digits(s, i, base, digsep, invalid);
            if (i < s.length && s[i] == '.') {
                // handled below
            } else if ((digsep[0] & 1) == 0 && prefix != 0 && prefix != '0') {
                sink.error(i, litName(prefix) + " has no digits");
                return;
            }
        }
        if (i < s.length && s[i] == '.') {
            isFloat = true;
            if (prefix == 'o' || prefix == 'b') {
                sink.error(i, "invalid radix point in " + litName(prefix));
                return;
            }
            i = digits(s, i + 1, base, digsep, invalid);
        }
        if ((digsep[0] & 1) == 0 && prefix != '0') {
            sink.error(i, litName(prefix) + " has no digits");
            return;
        }
        int e = i < s.length ? lower(s[i]) : 0;
        if (e == 'e' || e == 'p') {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                sink.error(i, "'" + (char) s[i] + "' exponent requires decimal mantissa");
                return;
            }
            if (e == 'p' && prefix != 'x') {
                sink.error(i, "'" + (char) s[i] + "' exponent requires hexadecimal mantissa");
                return;
            }
            i++;
            isFloat = true;
            if (i < s.length && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            int[] ds = {0};
            i = digits(s, i, 10, ds, new int[] {-1});
            digsep[0] |= ds[0];
            if ((ds[0] & 1) == 0) {
                sink.error(i, "exponent has no digits");
                return;
            }
        } else if (prefix == 'x' && isFloat) {
            sink.error(i, "hexadecimal mantissa requires a 'p' exponent");
            return;
        }
        boolean imag = i < s.length && s[i] == 'i';
        if (!isFloat && !imag && invalid[0] >= 0) {
            sink.error(invalid[0], "invalid digit '" + new String(Character.toChars(s[invalid[0]]))
                    + "' in " + litName(prefix));
            return;
        }
        if ((digsep[0] & 2) != 0) {
            int k = invalidSep(s);
            if (k >= 0) {
                sink.error(k, "'_' must separate successive digits");
            }
        }
    }

    private static int digits(int[] s, int i, int base, int[] digsep, int[] invalid) {
        if (base <= 10) {
            int max = '0' + base;
            for (; i < s.length && (isDecimal(s[i]) || s[i] == '_'); i++) {
                int ds = 1;
                if (s[i] == '_') {
                    ds = 2;
                } else if (s[i] >= max && invalid[0] < 0) {
                    invalid[0] = i;
                }
                digsep[0] |= ds;
            }
        } else {
            for (; i < s.length && (isHex(s[i]) || s[i] == '_'); i++) {
                digsep[0] |= s[i] == '_' ? 2 : 1;
            }
        }
        return i;
    }

    private static int invalidSep(int[] x) {
        int x1 = ' ';
        int d = '.';
        int i = 0;
        if (x.length >= 2 && x[0] == '0') {
            x1 = lower(x[1]);
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length; i++) {
            int p = d;
            d = x[i];
            if (d == '_') {
                if (p != '0') {
                    return i;
                }
            } else if (isDecimal(d) || x1 == 'x' && isHex(d)) {
                d = '0';
            } else {
                if (p == '_') {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.length - 1 : -1;
    }

    private static String litName(char prefix) {
        return switch (prefix) {
            case 'x' -> "hexadecimal literal";
            case 'o', '0' -> "octal literal";
            case 'b' -> "binary literal";
            default -> "decimal literal";
        };
    }

    /** An interpreted string literal, quotes included and terminated. */
    static void string(String text, Sink sink) {
        int[] s = text.codePoints().toArray();
        for (int i = 1; i < s.length - 1; ) {
            if (s[i] == '\\') {
                int r = escape(s, i + 1, '"', sink);
                if (r < 0) {
                    return;
                }
                i = r;
            } else {
                i++;
            }
        }
    }

    /** A rune literal, quotes included and terminated. */
    static void rune(String text, Sink sink) {
        int[] s = text.codePoints().toArray();
        int n = 0;
        int i = 1;
        for (; i < s.length - 1; n++) {
            if (s[i] == '\\') {
                int r = escape(s, i + 1, '\'', sink);
                if (r < 0) {
                    return;
                }
                i = r;
            } else {
                i++;
            }
        }
        if (n == 0) {
            sink.error(i, "empty rune literal or unescaped '");
        } else if (n != 1) {
            sink.error(0, "more than one character in rune literal");
        }
    }

    /** Checks the escape whose letter is at s[i]; returns the index after it, or -1 after an error. */
    private static int escape(int[] s, int i, int quote, Sink sink) {
        int n;
        int base;
        long max;
        int c = i < s.length ? s[i] : -1;
        if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' || c == 'v'
                || c == '\\') {
            return i + 1;
        } else if (c >= '0' && c <= '7') {
            n = 3; base = 8; max = 255;
        } else if (c == 'x') {
            i++; n = 2; base = 16; max = 255;
        } else if (c == 'u') {
            i++; n = 4; base = 16; max = Character.MAX_CODE_POINT;
        } else if (c == 'U') {
            i++; n = 8; base = 16; max = Character.MAX_CODE_POINT;
        } else {
            sink.error(i, "unknown escape");
            return -1;
        }
        long x = 0;
        // the closing quote is not part of the escape
        int end = s.length - 1;
        for (int k = n; k > 0; k--) {
            int ch = i < end ? s[i] : -1;
            int d = base;
            if (isDecimal(ch)) {
                d = ch - '0';
            } else if (lower(ch) >= 'a' && lower(ch) <= 'f') {
                d = lower(ch) - 'a' + 10;
            }
            if (d >= base) {
                String what = ch < 0 ? "'" + (char) quote + "'" : quoteRune(ch);
                sink.error(i, "invalid character " + what + " in " + (base == 8 ? "octal" : "hexadecimal")
                        + " escape");
                return -1;
            }
            x = x * base + d;
            i++;
        }
        if (x > max && base == 8) {
            sink.error(i, "octal escape value " + x + " > 255");
            return -1;
        }
        if (x > max || 0xD800 <= x && x < 0xE000) {
            sink.error(i, String.format("escape is invalid Unicode code point U+%04X", x));
            return -1;
        }
        return i;
    }

    private static String quoteRune(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("'\\x%02x'", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private static int lower(int c) {
        return c | 0x20;
    }

    private static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDecimal(c) || lower(c) >= 'a' && lower(c) <= 'f';
    }
}
