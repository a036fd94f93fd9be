package gomini.check;

import gomini.ast.Expr;
import gomini.runtime.GoStrings;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Values of literals as written in source: Go's integer, float, rune and string literal syntax. */
final class Literals {
    private Literals() {}

    /** Thrown for a literal the checker cannot take (complex numbers, malformed escapes). */
    static final class Bad extends Exception {
        Bad(String msg) {
            super(msg, null, false, false);
        }
    }

    static Constant value(Expr.BasicLit lit) throws Bad {
        String v = lit.value();
        return switch (lit.kind()) {
            case INT -> new Constant.Int(integer(v.replace("_", "")));
            case FLOAT -> new Constant.Float(floating(v.replace("_", "")));
            case IMAG -> throw new Bad("complex numbers are not supported");
            case CHAR -> new Constant.Int(BigInteger.valueOf(rune(v)));
            case STRING -> new Constant.Str(string(v));
        };
    }

    private static BigInteger integer(String s) {
        String l = s.toLowerCase();
        if (l.startsWith("0x")) {
            return new BigInteger(s.substring(2), 16);
        } else if (l.startsWith("0b")) {
            return new BigInteger(s.substring(2), 2);
        } else if (l.startsWith("0o")) {
            return new BigInteger(s.substring(2), 8);
        } else if (s.length() > 1 && s.startsWith("0")) {
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    private static BigDecimal floating(String s) {
        if (s.toLowerCase().startsWith("0x")) {
            return new BigDecimal(Double.parseDouble(s));
        }
        return new BigDecimal(s);
    }

    private static long rune(String v) throws Bad {
        String body = v.substring(1, v.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cp = new int[1];
        if (body.startsWith("\\")) {
            int end = escape(body, 0, out, '\'', cp);
            if (end != body.length()) {
                throw new Bad("more than one character in rune literal");
            }
            return cp[0];
        }
        if (body.codePointCount(0, body.length()) != 1) {
            throw new Bad("more than one character in rune literal");
        }
        return body.codePointAt(0);
    }

    /** The Go byte string a string literal denotes. */
    static String string(String v) throws Bad {
        if (v.startsWith("`")) {
            return GoStrings.fromJava(v.substring(1, v.length() - 1).replace("\r", ""));
        }
        String body = v.substring(1, v.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int[] cp = new int[1];
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                i = escape(body, i, out, '"', cp);
            } else {
                int code = body.codePointAt(i);
                GoStrings.appendRune(out, code);
                i += Character.charCount(code);
            }
        }
        return GoStrings.fromBytes(out.toByteArray());
    }

    /** Decodes the escape at s[i] into out (bytes) and cp (its value); returns the index after it. */
    private static int escape(String s, int i, ByteArrayOutputStream out, char quote, int[] cp) throws Bad {
        char c = s.charAt(i + 1);
        int simple = switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            case '\'', '"' -> c == quote ? c : -1;
            default -> -1;
        };
        if (simple >= 0) {
            out.write(simple);
            cp[0] = simple;
            return i + 2;
        }
        switch (c) {
            case 'x' -> {
                int b = Integer.parseInt(s.substring(i + 2, i + 4), 16);
                out.write(b);
                cp[0] = b;
                return i + 4;
            }
            case 'u', 'U' -> {
                int n = c == 'u' ? 4 : 8;
                int r = Integer.parseInt(s.substring(i + 2, i + 2 + n), 16);
                GoStrings.appendRune(out, r);
                cp[0] = r;
                return i + 2 + n;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int b = Integer.parseInt(s.substring(i + 1, i + 4), 8);
                    out.write(b);
                    cp[0] = b;
                    return i + 4;
                }
                throw new Bad("unknown escape sequence");
            }
        }
    }
}
