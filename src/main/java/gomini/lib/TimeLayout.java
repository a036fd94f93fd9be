package gomini.lib;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Time.Format: Go's reference-time layouts ("2006-01-02 15:04:05.999999999 -0700 MST"), recognizing the
 * same elements, in the same order, as Go's time package does.
 */
final class TimeLayout {
    private TimeLayout() {}

    static final String DEFAULT = "2006-01-02 15:04:05.999999999 -0700 MST";

    /** Formats t by layout; zoneAbbrev is what MST prints (Go's zone name, "UTC" for UTC). */
    static String format(ZonedDateTime t, String layout, String zoneAbbrev) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = layout.length();
        while (i < n) {
            String rest = layout.substring(i);
            String tok = token(rest);
            if (tok == null) {
                sb.append(layout.charAt(i));
                i++;
                continue;
            }
            append(sb, t, tok, zoneAbbrev);
            i += tok.length();
        }
        return sb.toString();
    }

    private static final String[] FIXED = {
        "January", "Jan", "Monday", "Mon", "MST",
        "2006", "002", "01", "02", "03", "04", "05", "06",
        "15", "_2006", "__2", "_2",
        "-07:00:00", "-070000", "-07:00", "-0700", "-07",
        "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07",
        "PM", "pm",
    };

    /** The layout element at the start of s, or null when s starts with a literal character. */
    private static String token(String s) {
        // Fractional seconds: .0+ or .9+ (or with a comma) not followed by another digit.
        if (s.length() >= 2 && (s.charAt(0) == '.' || s.charAt(0) == ',')
                && (s.charAt(1) == '0' || s.charAt(1) == '9')) {
            char d = s.charAt(1);
            int j = 1;
            while (j < s.length() && s.charAt(j) == d) {
                j++;
            }
            if (j == s.length() || !Character.isDigit(s.charAt(j))) {
                return s.substring(0, j);
            }
        }
        for (String f : FIXED) {
            if (s.startsWith(f)) {
                if (f.equals("Jan") && s.startsWith("January")) {
                    return "January";
                }
                if (f.equals("Mon") && (s.startsWith("Monday") || s.startsWith("Month"))) {
                    return s.startsWith("Monday") ? "Monday" : null;
                }
                return f;
            }
        }
        char c = s.charAt(0);
        if (c == '1' || c == '2' || c == '3' || c == '4' || c == '5') {
            return String.valueOf(c);
        }
        return null;
    }

    private static void append(StringBuilder sb, ZonedDateTime t, String tok, String zone) {
        int offset = t.getOffset().getTotalSeconds();
        switch (tok) {
            case "January" -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case "Jan" -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case "Monday" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case "Mon" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case "MST" -> sb.append(zone);
            case "2006" -> sb.append(pad(t.getYear(), 4));
            case "_2006" -> sb.append('_').append(pad(t.getYear(), 4));
            case "06" -> sb.append(pad(Math.floorMod(t.getYear(), 100), 2));
            case "002" -> sb.append(pad(t.getDayOfYear(), 3));
            case "__2" -> sb.append(String.format("%3d", t.getDayOfYear()));
            case "01" -> sb.append(pad(t.getMonthValue(), 2));
            case "1" -> sb.append(t.getMonthValue());
            case "02" -> sb.append(pad(t.getDayOfMonth(), 2));
            case "_2" -> sb.append(String.format("%2d", t.getDayOfMonth()));
            case "2" -> sb.append(t.getDayOfMonth());
            case "15" -> sb.append(pad(t.getHour(), 2));
            case "03" -> sb.append(pad(hour12(t), 2));
            case "3" -> sb.append(hour12(t));
            case "04" -> sb.append(pad(t.getMinute(), 2));
            case "4" -> sb.append(t.getMinute());
            case "05" -> sb.append(pad(t.getSecond(), 2));
            case "5" -> sb.append(t.getSecond());
            case "PM" -> sb.append(t.getHour() >= 12 ? "PM" : "AM");
            case "pm" -> sb.append(t.getHour() >= 12 ? "pm" : "am");
            default -> {
                if (tok.charAt(0) == '.' || tok.charAt(0) == ',') {
                    appendFraction(sb, t.getNano(), tok);
                } else {
                    appendZone(sb, offset, tok);
                }
            }
        }
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    private static void appendFraction(StringBuilder sb, int nanos, String tok) {
        int digits = tok.length() - 1;
        String all = pad(nanos, 9).substring(0, Math.min(9, digits));
        if (tok.charAt(1) == '9') {
            int end = all.length();
            while (end > 0 && all.charAt(end - 1) == '0') {
                end--;
            }
            if (end > 0) {
                sb.append(tok.charAt(0)).append(all, 0, end);
            }
        } else {
            sb.append(tok.charAt(0)).append(all);
        }
    }

    private static void appendZone(StringBuilder sb, int offset, String tok) {
        if (tok.charAt(0) == 'Z' && offset == 0) {
            sb.append('Z');
            return;
        }
        int abs = Math.abs(offset);
        sb.append(offset < 0 ? '-' : '+');
        sb.append(pad(abs / 3600, 2));
        String body = tok.substring(1);
        boolean colon = body.contains(":");
        if (body.length() > 2) {
            if (colon) {
                sb.append(':');
            }
            sb.append(pad(abs / 60 % 60, 2));
        }
        if (body.equals("07:00:00") || body.equals("070000")) {
            if (colon) {
                sb.append(':');
            }
            sb.append(pad(abs % 60, 2));
        }
    }
}
