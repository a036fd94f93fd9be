package gomini.lib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * strconv.FormatFloat for the formats 'e', 'E', 'f', 'g', 'G': the shortest digits come from Java's
 * shortest-repr Double/Float.toString, fixed precisions from exact decimal rounding (half to even, as Go).
 */
final class GoFloats {
    private GoFloats() {}

    /** Decimal digits d1d2...dn (no trailing zeros, "" for zero) of the value 0.d1d2...dn × 10^dp. */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }
    }

    static String format(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        char lower = Character.toLowerCase(fmt);
        if (shortest) {
            String s = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
            digs = oneDigitIfExact(parseJava(s), a, bitSize);
            prec = switch (lower) {
                case 'e' -> digs.nd() - 1;
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            BigDecimal exact = new BigDecimal(a);
            switch (lower) {
                case 'e' -> digs = digits(exact.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN)));
                case 'f' -> digs = digits(exact.setScale(prec, RoundingMode.HALF_EVEN));
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = digits(exact.round(new MathContext(prec, RoundingMode.HALF_EVEN)));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, digs, prec, fmt);
            case 'f' -> fmtF(sb, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(sb, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Java's toString never gives fewer than two digits when one would do but two are closer (5e-324
     * prints as 4.9E-324); Go takes the shortest, so try the one-digit neighbours.
     */
    private static Digits oneDigitIfExact(Digits d, double a, int bitSize) {
        if (d.nd() != 2) {
            return d;
        }
        int hi = d.d().charAt(0) - '0';
        Digits best = null;
        BigDecimal bestDist = null;
        BigDecimal exact = new BigDecimal(a);
        for (int lead : new int[] {hi, hi + 1}) {
            BigDecimal cand = lead == 10 ? BigDecimal.ONE.scaleByPowerOfTen(d.dp())
                    : BigDecimal.valueOf(lead).scaleByPowerOfTen(d.dp() - 1);
            double back = bitSize == 32 ? cand.floatValue() : cand.doubleValue();
            if (back == a) {
                BigDecimal dist = cand.subtract(exact).abs();
                if (bestDist == null || dist.compareTo(bestDist) < 0) {
                    bestDist = dist;
                    best = digits(cand);
                }
            }
        }
        return best != null ? best : d;
    }

    /** The digits of Java's "123.45" or "1.2345E-7" forms (no sign, finite). */
    private static Digits parseJava(String s) {
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        String mant = e < 0 ? s : s.substring(0, e);
        int point = mant.indexOf('.');
        StringBuilder d = new StringBuilder(mant.length());
        d.append(mant, 0, point).append(mant, point + 1, mant.length());
        int dp = point + exp;
        int lead = 0;
        while (lead < d.length() && d.charAt(lead) == '0') {
            lead++;
        }
        int end = d.length();
        while (end > lead && d.charAt(end - 1) == '0') {
            end--;
        }
        if (lead == end) {
            return new Digits("", 0);
        }
        return new Digits(d.substring(lead, end), dp - lead);
    }

    private static Digits digits(BigDecimal bd) {
        if (bd.signum() == 0) {
            return new Digits("", 0);
        }
        bd = bd.stripTrailingZeros();
        String d = bd.unscaledValue().toString();
        return new Digits(d, d.length() - bd.scale());
    }

    private static void fmtE(StringBuilder sb, Digits digs, int prec, char e) {
        String d = digs.d();
        sb.append(d.isEmpty() ? '0' : d.charAt(0));
        if (prec > 0) {
            sb.append('.');
            int i = 1;
            int m = Math.min(d.length(), prec + 1);
            if (i < m) {
                sb.append(d, i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                sb.append('0');
            }
        }
        sb.append(e);
        int exp = d.isEmpty() ? 0 : digs.dp() - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, Digits digs, int prec) {
        String d = digs.d();
        int dp = digs.dp();
        if (dp > 0) {
            int m = Math.min(d.length(), dp);
            sb.append(d, 0, m);
            for (; m < dp; m++) {
                sb.append('0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = dp + i - 1;
                sb.append(j >= 0 && j < d.length() ? d.charAt(j) : '0');
            }
        }
    }
}
