package gomini.lib;

import gomini.runtime.GoStrings;
import java.io.ByteArrayOutputStream;

/** strconv's quoting of Go byte-strings and runes (Quote, QuoteToASCII, QuoteRune, CanBackquote, Unquote). */
final class GoQuote {
    private GoQuote() {}

    private static final String HEX = "0123456789abcdef";

    static String quote(String s, boolean asciiOnly) {
        return quoteWith(s, '"', asciiOnly);
    }

    static String quoteWith(String s, char q, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder();
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            long dr = GoStrings.decodeRune(s, i);
            int r = (int) (dr >> 8);
            int width = (int) (dr & 0xFF);
            if (width == 1 && r == 0xFFFD) {
                int b = s.charAt(i);
                sb.append("\\x").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 15));
            } else {
                appendEscapedRune(sb, r, q, asciiOnly);
            }
            i += width;
        }
        return sb.append(q).toString();
    }

    static String quoteRune(long r, boolean asciiOnly) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        StringBuilder sb = new StringBuilder("'");
        appendEscapedRune(sb, (int) r, '\'', asciiOnly);
        return sb.append('\'').toString();
    }

    private static void appendEscapedRune(StringBuilder sb, int r, char q, boolean asciiOnly) {
        if (r == q || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (asciiOnly ? r < 0x80 && GoStrings.isPrint(r) : GoStrings.isPrint(r)) {
            sb.append(GoStrings.fromRune(r));
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 15));
                } else if (r < 0x10000) {
                    sb.append("\\u").append(hex(r, 4));
                } else {
                    sb.append("\\U").append(hex(r, 8));
                }
            }
        }
    }

    private static String hex(int r, int n) {
        String h = Integer.toHexString(r);
        return "0".repeat(Math.max(0, n - h.length())) + h;
    }

    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            long dr = GoStrings.decodeRune(s, i);
            int r = (int) (dr >> 8);
            int wid = (int) (dr & 0xFF);
            i += wid;
            if (wid > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == 0xFFFD) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** strconv.Unquote: the string a Go quoted literal denotes, or null for invalid syntax. */
    static String unquote(String s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        char q = s.charAt(0);
        if (q != s.charAt(n - 1)) {
            return null;
        }
        String body = s.substring(1, n - 1);
        if (q == '`') {
            if (body.indexOf('`') >= 0) {
                return null;
            }
            return body.replace("\r", "");
        }
        if (q != '"' && q != '\'') {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int runes = 0;
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c == q || c == '\n') {
                return null;
            }
            runes++;
            if (c != '\\') {
                int w = (int) (GoStrings.decodeRune(body, i) & 0xFF);
                for (int k = 0; k < w; k++) {
                    out.write(body.charAt(i + k));
                }
                i += w;
                continue;
            }
            if (i + 1 >= body.length()) {
                return null;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '\'', '"' -> {
                    if (e != q) {
                        return null;
                    }
                    out.write(e);
                }
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len > body.length()) {
                        return null;
                    }
                    int v;
                    try {
                        v = Integer.parseUnsignedInt(body.substring(i, i + len), 16);
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    i += len;
                    if (e == 'x') {
                        if (q == '\'') {
                            GoStrings.appendRune(out, v);
                        } else {
                            out.write(v);
                        }
                    } else {
                        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                            return null;
                        }
                        GoStrings.appendRune(out, v);
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > body.length()) {
                        return null;
                    }
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        char d = body.charAt(i + k);
                        if (d < '0' || d > '7') {
                            return null;
                        }
                        v = v * 8 + (d - '0');
                    }
                    if (v > 255) {
                        return null;
                    }
                    i += 2;
                    out.write(v);
                }
                default -> {
                    return null;
                }
            }
        }
        if (q == '\'' && runes != 1) {
            return null;
        }
        return GoStrings.fromBytes(out.toByteArray());
    }
}
