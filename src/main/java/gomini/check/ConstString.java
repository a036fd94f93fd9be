package gomini.check;

import java.math.BigDecimal;

/** A constant's value as go/constant prints it in messages (floats to 6 significant digits). */
final class ConstString {
    private ConstString() {}

    static String of(Constant c) {
        return switch (c) {
            case null -> "?";
            case Constant.Int i -> i.value().toString();
            case Constant.Bool b -> Boolean.toString(b.value());
            case Constant.Str s -> quote(gomini.runtime.GoStrings.toJava(s.value()));
            case Constant.Float f -> floatString(f.value());
        };
    }

    static String floatString(BigDecimal v) {
        double d = v.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        double a = Math.abs(d);
        if (a >= 1e-4 && a < 1e21) {
            BigDecimal r = new BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros();
            return r.toPlainString();
        }
        String s = String.format("%.5e", d);
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
