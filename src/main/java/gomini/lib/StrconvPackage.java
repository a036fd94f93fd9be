package gomini.lib;

import gomini.runtime.GoStrings;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;
import java.util.regex.Pattern;

/** Package strconv: parsing and formatting numbers, bools and quoted strings, with Go's NumError. */
public final class StrconvPackage {
    private StrconvPackage() {}

    /** strconv.NumError: struct { Func, Num string; Err error }, used as *NumError. */
    public static final Named NUM_ERROR = new Named("strconv", "NumError", Types.struct(List.of(
            new Struct.Field("Func", Types.STRING, false, null), new Struct.Field("Num", Types.STRING, false, null),
            new Struct.Field("Err", Types.ERROR, false, null))));
    static final Iface ERR_SYNTAX = ErrorsPackage.newError("invalid syntax");
    static final Iface ERR_RANGE = ErrorsPackage.newError("value out of range");

    private static final Type S = Types.STRING;
    private static final Type I = Types.INT;

    static {
        Natives.method(NUM_ERROR, "Error", Natives.sig(List.of(), List.of(S)), true, (g, a) -> {
            StructValue e = (StructValue) a[0];
            return "strconv." + e.fields[0] + ": parsing " + GoQuote.quote((String) e.fields[1], false) + ": "
                    + ErrorsPackage.errorString(g, e.fields[2]);
        });
        Natives.method(NUM_ERROR, "Unwrap", Natives.sig(List.of(), List.of(Types.ERROR)), true,
                (g, a) -> ((StructValue) a[0]).fields[2]);
    }

    /** Thrown inside the parsers; turned into a *NumError result. */
    private static final class NumErr extends RuntimeException {
        final Object value;
        final Iface err;
        String func;
        String num;

        NumErr(String func, String num, Iface err, Object value) {
            super(null, null, false, false);
            this.func = func;
            this.num = num;
            this.err = err;
            this.value = value;
        }

        Iface toError() {
            return new Iface(Types.pointer(NUM_ERROR), new StructValue(new Object[] {func, num, err}));
        }
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("strconv");
        p.type("NumError", NUM_ERROR);
        p.var("ErrSyntax", Types.ERROR, io -> ERR_SYNTAX);
        p.var("ErrRange", Types.ERROR, io -> ERR_RANGE);
        p.constant("IntSize", Types.UNTYPED_INT, gomini.check.Constant.of(64));
        p.func("Itoa", Natives.sig(List.of(I), List.of(S)), (g, a) -> Long.toString((Long) a[0]));
        p.func("Atoi", Natives.sig(List.of(S), List.of(I, Types.ERROR)), (g, a) -> {
            try {
                return new Object[] {parseInt((String) a[0], 10, 64), null};
            } catch (NumErr e) {
                e.func = "Atoi";
                return new Object[] {e.value, e.toError()};
            }
        });
        p.func("ParseInt", Natives.sig(List.of(S, I, I), List.of(Types.INT64, Types.ERROR)), (g, a) -> {
            try {
                return new Object[] {parseInt((String) a[0], (int) (long) (Long) a[1], (int) (long) (Long) a[2]), null};
            } catch (NumErr e) {
                return new Object[] {e.value, e.toError()};
            }
        });
        p.func("ParseUint", Natives.sig(List.of(S, I, I), List.of(Types.UINT64, Types.ERROR)), (g, a) -> {
            try {
                return new Object[] {parseUint((String) a[0], (int) (long) (Long) a[1], (int) (long) (Long) a[2]),
                        null};
            } catch (NumErr e) {
                return new Object[] {e.value, e.toError()};
            }
        });
        p.func("ParseFloat", Natives.sig(List.of(S, I), List.of(Types.FLOAT64, Types.ERROR)), (g, a) -> {
            try {
                return new Object[] {parseFloat((String) a[0], (int) (long) (Long) a[1]), null};
            } catch (NumErr e) {
                return new Object[] {e.value, e.toError()};
            }
        });
        p.func("ParseBool", Natives.sig(List.of(S), List.of(Types.BOOL, Types.ERROR)), (g, a) -> {
            switch ((String) a[0]) {
                case "1", "t", "T", "TRUE", "true", "True" -> {
                    return new Object[] {true, null};
                }
                case "0", "f", "F", "FALSE", "false", "False" -> {
                    return new Object[] {false, null};
                }
                default -> {
                    return new Object[] {false, new NumErr("ParseBool", (String) a[0], ERR_SYNTAX, false).toError()};
                }
            }
        });
        p.func("FormatInt", Natives.sig(List.of(Types.INT64, I), List.of(S)),
                (g, a) -> Long.toString((Long) a[0], base((Long) a[1])));
        p.func("FormatUint", Natives.sig(List.of(Types.UINT64, I), List.of(S)),
                (g, a) -> Long.toUnsignedString((Long) a[0], base((Long) a[1])));
        p.func("FormatBool", Natives.sig(List.of(Types.BOOL), List.of(S)), (g, a) -> a[0].toString());
        p.func("FormatFloat", Natives.sig(List.of(Types.FLOAT64, Types.BYTE, I, I), List.of(S)), (g, a) -> {
            char fmt = (char) (long) (Long) a[1];
            if ("eEfgG".indexOf(fmt) < 0) {
                fmt = 'g';
            }
            return GoFloats.format((Double) a[0], fmt, (int) (long) (Long) a[2], (int) (long) (Long) a[3]);
        });
        p.func("Quote", Natives.sig(List.of(S), List.of(S)), (g, a) -> GoQuote.quote((String) a[0], false));
        p.func("QuoteToASCII", Natives.sig(List.of(S), List.of(S)), (g, a) -> GoQuote.quote((String) a[0], true));
        p.func("QuoteRune", Natives.sig(List.of(Types.RUNE), List.of(S)),
                (g, a) -> GoQuote.quoteRune((Long) a[0], false));
        p.func("QuoteRuneToASCII", Natives.sig(List.of(Types.RUNE), List.of(S)),
                (g, a) -> GoQuote.quoteRune((Long) a[0], true));
        p.func("CanBackquote", Natives.sig(List.of(S), List.of(Types.BOOL)),
                (g, a) -> GoQuote.canBackquote((String) a[0]));
        p.func("Unquote", Natives.sig(List.of(S), List.of(S, Types.ERROR)), (g, a) -> {
            String r = GoQuote.unquote((String) a[0]);
            return r == null ? new Object[] {"", ERR_SYNTAX} : new Object[] {r, null};
        });
        p.func("AppendInt", Natives.sig(List.of(Types.slice(Types.BYTE), Types.INT64, I), List.of(Types.slice(Types.BYTE))),
                (g, a) -> appendBytes(a[0], Long.toString((Long) a[1], base((Long) a[2]))));
        p.func("AppendQuote", Natives.sig(List.of(Types.slice(Types.BYTE), S), List.of(Types.slice(Types.BYTE))),
                (g, a) -> appendBytes(a[0], GoQuote.quote((String) a[1], false)));
        return p;
    }

    private static int base(long b) {
        if (b < 2 || b > 36) {
            throw Natives.panicString("strconv: illegal AppendInt/FormatInt base");
        }
        return (int) b;
    }

    private static SliceValue appendBytes(Object dst, String s) {
        SliceValue d = (SliceValue) dst;
        int n = d == null ? 0 : d.len;
        Object[] arr = new Object[n + s.length()];
        for (int i = 0; i < n; i++) {
            arr[i] = d.get(i);
        }
        for (int i = 0; i < s.length(); i++) {
            arr[n + i] = (long) s.charAt(i);
        }
        return new SliceValue(arr);
    }

    static long parseUint(String s, int base, int bitSize) {
        return parseUint(s, base, bitSize, "ParseUint");
    }

    private static long parseUint(String s, int base, int bitSize, String fn) {
        if (s.isEmpty()) {
            throw new NumErr(fn, s, ERR_SYNTAX, 0L);
        }
        boolean base0 = base == 0;
        String s0 = s;
        if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char c = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (c == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (c == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (c == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else if (base < 2 || base > 36) {
            throw new NumErr(fn, s0, ErrorsPackage.newError("invalid base " + base), 0L);
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            throw new NumErr(fn, s0, ErrorsPackage.newError("invalid bit size " + bitSize), 0L);
        }
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            char lc = Character.toLowerCase(c);
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (lc >= 'a' && lc <= 'z') {
                d = lc - 'a' + 10;
            } else {
                throw new NumErr(fn, s0, ERR_SYNTAX, 0L);
            }
            if (d >= base) {
                throw new NumErr(fn, s0, ERR_SYNTAX, 0L);
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                throw new NumErr(fn, s0, ERR_RANGE, maxVal);
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                throw new NumErr(fn, s0, ERR_RANGE, maxVal);
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s0)) {
            throw new NumErr(fn, s0, ERR_SYNTAX, 0L);
        }
        return n;
    }

    /** Go's underscoreOK: underscores only between digits or after a base prefix. */
    private static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'b' || c == 'o' || c == 'x') {
                hex = c == 'x';
                i = 2;
                saw = '0';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    static long parseInt(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            throw new NumErr("ParseInt", s, ERR_SYNTAX, 0L);
        }
        String s0 = s;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        long un;
        try {
            un = parseUint(s, base, bitSize, "ParseInt");
        } catch (NumErr e) {
            if (e.err != ERR_RANGE) {
                e.func = "ParseInt";
                e.num = s0;
                throw new NumErr("ParseInt", s0, e.err, 0L);
            }
            un = -1L; // out of range for uint64: beyond every int cutoff
        }
        if (bitSize == 0) {
            bitSize = 64;
        }
        long cutoff = 1L << (bitSize - 1);
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            throw new NumErr("ParseInt", s0, ERR_RANGE, cutoff - 1);
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            throw new NumErr("ParseInt", s0, ERR_RANGE, -cutoff);
        }
        return neg ? -un : un;
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX]([\\da-fA-F_]+\\.?[\\da-fA-F_]*|\\.[\\da-fA-F_]+)[pP][+-]?\\d+");

    static double parseFloat(String s, int bitSize) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean neg = s.startsWith("-");
        String lower = body.toLowerCase();
        if (lower.equals("inf") || lower.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan") && body.length() == s.length()) {
            return Double.NaN;
        }
        double v;
        if (DECIMAL.matcher(s).matches()) {
            if (s.indexOf('_') >= 0 && !underscoreOK(s)) {
                throw new NumErr("ParseFloat", s, ERR_SYNTAX, 0.0);
            }
            v = Double.parseDouble(s.replace("_", ""));
        } else if (HEX.matcher(s).matches()) {
            if (s.indexOf('_') >= 0 && !underscoreOK(s)) {
                throw new NumErr("ParseFloat", s, ERR_SYNTAX, 0.0);
            }
            v = Double.parseDouble(s.replace("_", ""));
        } else {
            throw new NumErr("ParseFloat", s, ERR_SYNTAX, 0.0);
        }
        if (bitSize == 32) {
            float f = Float.parseFloat(s.replace("_", ""));
            if (Float.isInfinite(f)) {
                throw new NumErr("ParseFloat", s, ERR_RANGE, (double) f);
            }
            return f;
        }
        if (Double.isInfinite(v)) {
            throw new NumErr("ParseFloat", s, ERR_RANGE, v);
        }
        return v;
    }

    /** err.Error() of what Atoi(s) returns, for tests. */
    static String atoiError(Goroutine g, String s) {
        try {
            parseInt(s, 10, 64);
            return null;
        } catch (NumErr e) {
            e.func = "Atoi";
            return ErrorsPackage.errorString(g, e.toError());
        }
    }

    static String goString(String javaString) {
        return GoStrings.fromJava(javaString);
    }
}
