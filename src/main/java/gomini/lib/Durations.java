package gomini.lib;

import gomini.runtime.GoStrings;

/** time.Duration's String and time.ParseDuration, with Go's exact output and error texts. */
final class Durations {
    private Durations() {}

    static final long NANOSECOND = 1;
    static final long MICROSECOND = 1000 * NANOSECOND;
    static final long MILLISECOND = 1000 * MICROSECOND;
    static final long SECOND = 1000 * MILLISECOND;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    /** The micro sign U+00B5 as a Go byte-string (two bytes). */
    private static final String MICRO = GoStrings.fromJava("\u00b5");

    /** Duration.String: {@code 1h2m3.5s}, {@code 1.5ms}, {@code 250µs}, {@code 0s}; unsigned math for MinInt64. */
    static String format(long d) {
        long u = d < 0 ? -d : d; // as an unsigned 64-bit pattern (MinInt64 stays 2^63)
        StringBuilder sb = new StringBuilder();
        if (Long.compareUnsigned(u, SECOND) < 0) {
            if (u == 0) {
                return "0s";
            }
            String unit;
            int prec;
            if (u < MICROSECOND) {
                unit = "ns";
                prec = 0;
            } else if (u < MILLISECOND) {
                unit = MICRO + "s";
                prec = 3;
            } else {
                unit = "ms";
                prec = 6;
            }
            sb.append(Long.toUnsignedString(pow10Div(u, prec))).append(frac(u, prec)).append(unit);
        } else {
            long secs = Long.divideUnsigned(u, SECOND);
            String f = frac(u, 9);
            long h = secs / 3600;
            long m = secs / 60 % 60;
            long s = secs % 60;
            if (h > 0) {
                sb.append(h).append('h');
            }
            if (h > 0 || m > 0) {
                sb.append(m).append('m');
            }
            sb.append(s).append(f).append('s');
        }
        return d < 0 ? "-" + sb : sb.toString();
    }

    private static long pow10Div(long u, int prec) {
        long p = 1;
        for (int i = 0; i < prec; i++) {
            p *= 10;
        }
        return Long.divideUnsigned(u, p);
    }

    /** The fraction u mod 10^prec as ".ddd" without trailing zeros; "" when it is zero. */
    private static String frac(long u, int prec) {
        if (prec == 0) {
            return "";
        }
        long p = 1;
        for (int i = 0; i < prec; i++) {
            p *= 10;
        }
        long f = Long.remainderUnsigned(u, p);
        if (f == 0) {
            return "";
        }
        String digits = String.format("%0" + prec + "d", f);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "." + digits.substring(0, end);
    }

    /** Thrown by {@link #parse} with Go's error text. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    /** time.ParseDuration: {@code [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+}, units ns us µs μs ms s m h. */
    static long parse(String s) throws ParseError {
        String orig = s;
        boolean neg = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw invalid(orig);
        }
        long total = 0; // unsigned accumulation, as Go does
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || ('0' <= c && c <= '9'))) {
                throw invalid(orig);
            }
            int start = i;
            long v = 0;
            boolean overflow = false;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(1L << 63, 10)) > 0) {
                    overflow = true;
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (v < 0 && v != Long.MIN_VALUE) {
                    overflow = true;
                }
                i++;
            }
            if (overflow) {
                throw invalid(orig);
            }
            boolean pre = i != start;
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fs = i;
                boolean fracOverflow = false;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    if (!fracOverflow) {
                        if (f > (Long.MAX_VALUE - 9) / 10) {
                            fracOverflow = true;
                        } else {
                            f = f * 10 + (s.charAt(i) - '0');
                            scale *= 10;
                        }
                    }
                    i++;
                }
                post = i != fs;
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int us = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (us == i) {
                throw new ParseError("time: missing unit in duration " + GoQuote.quote(orig, false));
            }
            String u = s.substring(us, i);
            long unit = unit(u);
            if (unit == 0) {
                throw new ParseError("time: unknown unit " + GoQuote.quote(u, false) + " in duration "
                        + GoQuote.quote(orig, false));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(1L << 63, unit)) > 0) {
                throw invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) (f * ((double) unit / scale));
                if (Long.compareUnsigned(v, 1L << 63) > 0) {
                    throw invalid(orig);
                }
            }
            total += v;
            if (Long.compareUnsigned(total, 1L << 63) > 0) {
                throw invalid(orig);
            }
        }
        if (neg) {
            return -total;
        }
        if (total == Long.MIN_VALUE) {
            throw invalid(orig);
        }
        return total;
    }

    private static long unit(String u) {
        String ju = GoStrings.toJava(u);
        return switch (ju) {
            case "ns" -> NANOSECOND;
            case "us", "\u00b5s", "\u03bcs" -> MICROSECOND;
            case "ms" -> MILLISECOND;
            case "s" -> SECOND;
            case "m" -> MINUTE;
            case "h" -> HOUR;
            default -> 0;
        };
    }

    private static ParseError invalid(String orig) {
        return new ParseError("time: invalid duration " + GoQuote.quote(orig, false));
    }
}
