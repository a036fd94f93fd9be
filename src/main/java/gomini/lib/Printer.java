package gomini.lib;

import gomini.runtime.ArrayValue;
import gomini.runtime.GoPanic;
import gomini.runtime.GoStrings;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.MapValue;
import gomini.runtime.Methods;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;


/**
 * fmt's printer (Go's pp and fmt structs): formats interface values (Iface or null) into a Go
 * byte-string following fmt's rules for verbs, flags, width and precision, and its error notations.
 * One Printer per call; g is the calling goroutine, used to call String and Error methods.
 */
final class Printer {
    private static final String LDIGITS = "0123456789abcdefx";
    private static final String UDIGITS = "0123456789ABCDEFX";

    private final Goroutine g;
    final StringBuilder buf = new StringBuilder();

    // fmt flags
    private boolean plus, minus, sharp, space, zero, plusV, sharpV;
    private boolean widPresent, precPresent;
    private int wid, prec;

    // printer state
    private Type curType;
    private Object curValue;
    private boolean erroring;
    private boolean panicking;
    private boolean reordered;
    private boolean goodArgNum;
    private boolean wrapErrs;
    final List<Integer> wrappedErrs = new ArrayList<>();

    Printer(Goroutine g) {
        this.g = g;
    }

    static String sprint(Goroutine g, Object[] args) {
        Printer p = new Printer(g);
        p.doPrint(args);
        return p.buf.toString();
    }

    static String sprintln(Goroutine g, Object[] args) {
        Printer p = new Printer(g);
        p.doPrintln(args);
        return p.buf.toString();
    }

    static String sprintf(Goroutine g, String format, Object[] args) {
        Printer p = new Printer(g);
        p.doPrintf(format, args);
        return p.buf.toString();
    }

    /** For Errorf: %w is allowed and the wrapped operands are recorded. */
    void enableWrap() {
        wrapErrs = true;
    }

    /** The elements of a ...any argument. */
    static Object[] elems(Object variadic) {
        if (variadic == null) {
            return new Object[0];
        }
        SliceValue s = (SliceValue) variadic;
        Object[] a = new Object[s.len];
        System.arraycopy(s.array, s.offset, a, 0, s.len);
        return a;
    }

    private void clearFlags() {
        plus = minus = sharp = space = zero = plusV = sharpV = false;
        widPresent = precPresent = false;
        wid = prec = 0;
    }

    // ---- Print, Println, Printf

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            Object arg = a[i];
            boolean isString = arg instanceof Iface iv && iv.type().underlying() instanceof Basic b && b.isString();
            if (i > 0 && !isString && !prevString) {
                buf.append(' ');
            }
            printArg(arg, 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printArg(a[i], 'v');
        }
        buf.append('\n');
    }

    void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> sharp = true;
                    case '0' -> zero = !minus;
                    case '+' -> plus = true;
                    case '-' -> {
                        minus = true;
                        zero = false;
                    }
                    case ' ' -> space = true;
                    default -> {
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'v') {
                                sharpV = sharp;
                                sharp = false;
                                plusV = plus;
                                plus = false;
                            }
                            if (c == 'w') {
                                wrappedErrs.add(argNum);
                            }
                            printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }
            long[] r = argNumber(argNum, format, i, a.length);
            argNum = (int) r[0];
            i = (int) r[1];
            afterIndex = r[2] != 0;

            if (i < end && format.charAt(i) == '*') {
                i++;
                long[] ia = intFromArg(a, argNum);
                wid = (int) ia[0];
                widPresent = ia[1] != 0;
                argNum = (int) ia[2];
                if (!widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (wid < 0) {
                    wid = -wid;
                    minus = true;
                    zero = false;
                }
                afterIndex = false;
            } else {
                long[] pn = parseNum(format, i, end);
                wid = (int) pn[0];
                widPresent = pn[1] != 0;
                i = (int) pn[2];
                if (afterIndex && widPresent) {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) r[0];
                i = (int) r[1];
                afterIndex = r[2] != 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    long[] ia = intFromArg(a, argNum);
                    prec = (int) ia[0];
                    precPresent = ia[1] != 0;
                    argNum = (int) ia[2];
                    if (prec < 0) {
                        prec = 0;
                        precPresent = false;
                    }
                    if (!precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    long[] pn = parseNum(format, i, end);
                    prec = (int) pn[0];
                    precPresent = pn[1] != 0;
                    i = (int) pn[2];
                    if (!precPresent) {
                        prec = 0;
                        precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                r = argNumber(argNum, format, i, a.length);
                argNum = (int) r[0];
                i = (int) r[1];
            }

            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long dr = GoStrings.decodeRune(format, i);
                verb = (int) (dr >> 8);
                size = (int) (dr & 0xFF);
            }
            i += size;

            if (verb == '%') {
                buf.append('%');
            } else if (!goodArgNum) {
                buf.append("%!");
                appendRune(verb);
                buf.append("(BADINDEX)");
            } else if (argNum >= a.length) {
                buf.append("%!");
                appendRune(verb);
                buf.append("(MISSING)");
            } else {
                if (verb == 'v') {
                    sharpV = sharp;
                    sharp = false;
                    plusV = plus;
                    plus = false;
                } else if (verb == 'w') {
                    wrappedErrs.add(argNum);
                }
                printArg(a[argNum], verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object arg = a[k];
                if (arg == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(((Iface) arg).type().toString());
                    buf.append('=');
                    printArg(arg, 'v');
                }
            }
            buf.append(')');
        }
    }

    /** {newArgNum, newi, found}. */
    private long[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new long[] {argNum, i, 0};
        }
        reordered = true;
        // parseArgNumber
        int index = 0;
        int w = 1;
        boolean ok = false;
        if (format.length() - i >= 3) {
            for (int k = i + 1; k < format.length(); k++) {
                if (format.charAt(k) == ']') {
                    long[] pn = parseNum(format, i + 1, k);
                    if (pn[1] == 0 || pn[2] != k) {
                        w = k - i + 1;
                    } else {
                        index = (int) pn[0] - 1;
                        w = k - i + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) {
            return new long[] {index, i + w, 1};
        }
        goodArgNum = false;
        return new long[] {argNum, i + w, ok ? 1 : 0};
    }

    /** {num, isNum, newi}. */
    private static long[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new long[] {0, 0, end};
        }
        long num = 0;
        boolean isNum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (num > 1_000_000 || num < -1_000_000) {
                return new long[] {0, 0, end};
            }
            num = num * 10 + (s.charAt(i) - '0');
            isNum = true;
        }
        return new long[] {num, isNum ? 1 : 0, i};
    }

    /** {num, isInt, newArgNum}. */
    private static long[] intFromArg(Object[] a, int argNum) {
        long num = 0;
        boolean isInt = false;
        int newArgNum = argNum;
        if (argNum < a.length) {
            if (a[argNum] instanceof Iface iv && iv.type().underlying() instanceof Basic b && b.isInteger()) {
                long v = (Long) iv.value();
                if (!(b.isUnsigned() && v < 0)) {
                    num = v;
                    isInt = true;
                }
            }
            newArgNum = argNum + 1;
            if (num > 1_000_000 || num < -1_000_000) {
                num = 0;
                isInt = false;
            }
        }
        return new long[] {num, isInt ? 1 : 0, newArgNum};
    }

    // ---- arguments

    void printArg(Object arg, int verb) {
        curType = null;
        curValue = null;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                padString("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        Iface iv = (Iface) arg;
        if (verb == 'T') {
            fmtS(iv.type().toString());
            return;
        }
        if (verb == 'p') {
            curType = iv.type();
            curValue = iv.value();
            fmtPointer(iv.type(), iv.value(), 'p');
            return;
        }
        if (iv.type() == Types.slice(Types.UINT8) && (verb == 'v' || verb == 'd') && sharpV) {
            // The fast path of Go's printArg names []byte by its alias.
            curType = iv.type();
            curValue = iv.value();
            fmtBytes((SliceValue) iv.value(), verb, "[]byte");
            return;
        }
        if (!handleMethods(iv.type(), iv.value(), verb)) {
            printValue(iv.type(), iv.value(), verb, 0, true);
        }
    }

    /** Calls Error or String for the verbs that accept a string; true when it did. */
    private boolean handleMethods(Type t, Object v, int verb) {
        if (erroring || !mayHaveMethods(t)) {
            return false;
        }
        if (verb == 'w') {
            boolean isError = Methods.find(t, "Error") instanceof Methods.Method m && isStringMethod(m);
            if (!isError || !wrapErrs) {
                curType = t;
                curValue = v;
                badVerb(verb);
                return true;
            }
            verb = 'v';
        }
        if (sharpV) {
            Methods.Method gs = Methods.find(t, "GoString");
            if (gs != null && isStringMethod(gs)) {
                callStringMethod(t, v, gs, "GoString", verb);
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                Methods.Method m = Methods.find(t, "Error");
                String name = "Error";
                if (m == null || !isStringMethod(m)) {
                    m = Methods.find(t, "String");
                    name = "String";
                }
                if (m != null && isStringMethod(m)) {
                    callStringMethod(t, v, m, name, verb);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Only named types, pointers to them, and structs with embedded fields can have methods. */
    private static boolean mayHaveMethods(Type t) {
        if (t instanceof gomini.types.Pointer p) {
            t = p.elem();
        }
        if (t instanceof Named) {
            return true;
        }
        if (t instanceof Struct st) {
            for (Struct.Field f : st.fields()) {
                if (f.embedded()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isStringMethod(Methods.Method m) {
        Signature s = m.sig();
        return s.params().size() == 0 && s.results().size() == 1 && s.results().get(0) == Types.STRING;
    }

    private void callStringMethod(Type t, Object v, Methods.Method m, String name, int verb) {
        String s;
        try {
            s = (String) m.call().call(g, new Object[] {v});
        } catch (GoPanic e) {
            if (t.underlying() instanceof gomini.types.Pointer && v == null) {
                padString("<nil>");
                return;
            }
            if (panicking) {
                throw e;
            }
            boolean[] saved = saveFlags();
            int sw = wid, sp = prec;
            clearFlags();
            buf.append("%!");
            appendRune(verb);
            buf.append("(PANIC=").append(name).append(" method: ");
            panicking = true;
            Object pv = e.value();
            if (pv instanceof Iface || pv == null) {
                printArg(pv, 'v');
            } else {
                buf.append(pv.toString());
            }
            panicking = false;
            buf.append(')');
            restoreFlags(saved, sw, sp);
            return;
        }
        if (sharpV) {
            buf.append(s);
        } else {
            fmtString(s, verb);
        }
    }

    private boolean[] saveFlags() {
        return new boolean[] {plus, minus, sharp, space, zero, plusV, sharpV, widPresent, precPresent};
    }

    private void restoreFlags(boolean[] f, int w, int p) {
        plus = f[0];
        minus = f[1];
        sharp = f[2];
        space = f[3];
        zero = f[4];
        plusV = f[5];
        sharpV = f[6];
        widPresent = f[7];
        precPresent = f[8];
        wid = w;
        prec = p;
    }

    /** canInterface is false under unexported struct fields, where Go does not call methods. */
    private void printValue(Type t, Object v, int verb, int depth, boolean canInterface) {
        if (depth > 0 && canInterface && !(t.underlying() instanceof Interface)) {
            if (handleMethods(t, v, verb)) {
                return;
            }
        }
        curType = t;
        curValue = v;
        Type u = t.underlying();
        switch (u) {
            case Basic b -> printBasic(b, v, verb);
            case gomini.types.Map m -> printMap(t, m, (MapValue) v, verb, depth, canInterface);
            case Struct st -> {
                StructValue sv = (StructValue) v;
                if (sharpV) {
                    buf.append(t.toString());
                }
                buf.append('{');
                for (int i = 0; i < st.fields().size(); i++) {
                    Struct.Field f = st.fields().get(i);
                    if (i > 0) {
                        buf.append(sharpV ? ", " : " ");
                    }
                    if (plusV || sharpV) {
                        buf.append(f.name()).append(':');
                    }
                    printValue(f.type(), sv.fields[i], verb, depth + 1, canInterface && isExported(f.name()));
                }
                buf.append('}');
            }
            case Interface in -> {
                if (v == null) {
                    if (sharpV) {
                        buf.append(t.toString()).append("(nil)");
                    } else {
                        buf.append("<nil>");
                    }
                } else {
                    Iface iv = (Iface) v;
                    printValue(iv.type(), iv.value(), verb, depth + 1, canInterface);
                }
            }
            case Array arr -> printList(t, arr.elem(), ((ArrayValue) v).elems, 0, (int) arr.len(), false, verb, depth,
                    canInterface);
            case Slice sl -> {
                SliceValue s = (SliceValue) v;
                if (s == null) {
                    printList(t, sl.elem(), new Object[0], 0, 0, true, verb, depth, canInterface);
                } else {
                    printList(t, sl.elem(), s.array, s.offset, s.len, false, verb, depth, canInterface);
                }
            }
            case gomini.types.Pointer p -> {
                if (depth == 0 && v != null) {
                    Type eu = p.elem().underlying();
                    if (eu instanceof Struct || eu instanceof Array) {
                        buf.append('&');
                        printValue(p.elem(), v, verb, depth + 1, canInterface);
                        return;
                    }
                    if ((eu instanceof Slice || eu instanceof gomini.types.Map) && v instanceof gomini.runtime.Pointer ptr) {
                        buf.append('&');
                        printValue(p.elem(), ptr.load(), verb, depth + 1, canInterface);
                        return;
                    }
                }
                fmtPointer(t, v, verb);
            }
            default -> fmtPointer(t, v, verb);
        }
    }

    private static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    private void printBasic(Basic b, Object v, int verb) {
        switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> fmtBool((Boolean) v, verb);
            case FLOAT32 -> fmtFloat(((Number) v).doubleValue(), 32, verb);
            case FLOAT64, UNTYPED_FLOAT -> fmtFloat(((Number) v).doubleValue(), 64, verb);
            case STRING, UNTYPED_STRING -> fmtString((String) v, verb);
            case UNSAFE_POINTER -> fmtPointer(b, v, verb);
            default -> {
                if (b.isInteger()) {
                    fmtInteger((Long) v, !b.isUnsigned(), verb);
                } else {
                    buf.append('?');
                }
            }
        }
    }

    private void printList(Type t, Type elem, Object[] arr, int off, int len, boolean isNil, int verb, int depth,
            boolean canInterface) {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.underlying() == Types.UINT8) {
            fmtBytes(new SliceValue(arr, off, len, len), verb, t.toString());
            return;
        }
        if (sharpV) {
            buf.append(t.toString());
            if (isNil) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
            for (int i = 0; i < len; i++) {
                if (i > 0) {
                    buf.append(", ");
                }
                printValue(elem, arr[off + i], verb, depth + 1, canInterface);
            }
            buf.append('}');
        } else {
            buf.append('[');
            for (int i = 0; i < len; i++) {
                if (i > 0) {
                    buf.append(' ');
                }
                printValue(elem, arr[off + i], verb, depth + 1, canInterface);
            }
            buf.append(']');
        }
    }

    private void printMap(Type t, gomini.types.Map m, MapValue mv, int verb, int depth, boolean canInterface) {
        if (sharpV) {
            buf.append(t.toString());
            if (mv == null) {
                buf.append("(nil)");
                return;
            }
            buf.append('{');
        } else {
            buf.append("map[");
        }
        if (mv != null) {
            List<java.util.Map.Entry<Object, Object>> entries = new ArrayList<>(mv.entries.entrySet());
            entries.sort((x, y) -> MapOrder.compare(m.key(), x.getKey(), y.getKey()));
            boolean first = true;
            for (java.util.Map.Entry<Object, Object> e : entries) {
                if (!first) {
                    buf.append(sharpV ? ", " : " ");
                }
                first = false;
                printValue(m.key(), e.getKey(), verb, depth + 1, canInterface);
                buf.append(':');
                printValue(m.elem(), e.getValue(), verb, depth + 1, canInterface);
            }
        }
        buf.append(sharpV ? '}' : ']');
    }

    private void badVerb(int verb) {
        erroring = true;
        buf.append("%!");
        appendRune(verb);
        buf.append('(');
        if (curType != null) {
            Type t = curType;
            Object v = curValue;
            buf.append(t.toString()).append('=');
            printValue(t, v, 'v', 0, true);
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    // ---- by kind

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            padString(v ? "true" : "false");
        } else {
            badVerb(verb);
        }
    }

    private void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    fmtIntegerBase(v, 10, signed, verb, LDIGITS);
                }
            }
            case 'd' -> fmtIntegerBase(v, 10, signed, verb, LDIGITS);
            case 'b' -> fmtIntegerBase(v, 2, signed, verb, LDIGITS);
            case 'o', 'O' -> fmtIntegerBase(v, 8, signed, verb, LDIGITS);
            case 'x' -> fmtIntegerBase(v, 16, signed, verb, LDIGITS);
            case 'X' -> fmtIntegerBase(v, 16, signed, verb, UDIGITS);
            case 'c' -> padString(GoStrings.fromRune(runeOf(v, signed)));
            case 'q' -> {
                long r = runeOf(v, signed);
                String s = GoStrings.fromRune(r);
                if (sharp && GoQuote.canBackquote(s)) {
                    padString("'" + s + "'");
                } else {
                    padString(GoQuote.quoteRune(r, plus));
                }
            }
            case 'U' -> fmtUnicode(v);
            default -> badVerb(verb);
        }
    }

    private static long runeOf(long v, boolean signed) {
        return (!signed && v < 0) || v > 0x10FFFF ? 0xFFFD : v;
    }

    private void fmt0x64(long v, boolean leading0x) {
        boolean s = sharp;
        sharp = leading0x;
        fmtIntegerBase(v, 16, false, 'v', LDIGITS);
        sharp = s;
    }

    private void fmtIntegerBase(long v, int base, boolean signed, int verb, String digits) {
        boolean negative = signed && v < 0;
        // u holds the magnitude as an unsigned 64-bit pattern
        long u = negative ? -v : v;
        int p = 0;
        if (precPresent) {
            p = prec;
            if (p == 0 && v == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            p = wid;
            if (negative || plus || space) {
                p--;
            }
        }
        String ds = switch (base) {
            case 10 -> Long.toUnsignedString(u);
            case 16 -> Long.toHexString(u);
            case 8 -> Long.toOctalString(u);
            default -> Long.toBinaryString(u);
        };
        if (digits == UDIGITS) {
            ds = ds.toUpperCase();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = ds.length(); k < p; k++) {
            sb.append('0');
        }
        sb.append(ds);
        if (sharp) {
            switch (base) {
                case 2 -> sb.insert(0, "0b");
                case 8 -> {
                    if (sb.charAt(0) != '0') {
                        sb.insert(0, '0');
                    }
                }
                case 16 -> sb.insert(0, "0" + digits.charAt(16));
                default -> {}
            }
        }
        if (verb == 'O') {
            sb.insert(0, "0o");
        }
        if (negative) {
            sb.insert(0, '-');
        } else if (plus) {
            sb.insert(0, '+');
        } else if (space) {
            sb.insert(0, ' ');
        }
        boolean oldZero = zero;
        zero = false;
        pad(sb.toString());
        zero = oldZero;
    }

    private void fmtUnicode(long u) {
        String h = Long.toHexString(u).toUpperCase();
        int p = 4;
        if (precPresent && prec > 4) {
            p = prec;
        }
        StringBuilder sb = new StringBuilder("U+");
        for (int k = h.length(); k < p; k++) {
            sb.append('0');
        }
        sb.append(h);
        if (sharp && u >= 0 && u <= 0x10FFFF && GoStrings.isPrint((int) u)) {
            sb.append(" '").append(GoStrings.fromRune(u)).append('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(sb.toString());
        zero = oldZero;
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmtFloatFmt(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmtFloatFmt(v, size, sharpV ? 'g' : (char) verb, -1);
            case 'f', 'e', 'E', 'F' -> {
                if (sharpV) {
                    fmtFloatFmt(v, size, 'g', -1);
                } else {
                    fmtFloatFmt(v, size, verb == 'F' ? 'f' : (char) verb, 6);
                }
            }
            default -> badVerb(verb);
        }
    }

    private void fmtFloatFmt(double v, int size, char verb, int p) {
        if (precPresent) {
            p = prec;
        }
        if (verb == 'b' || verb == 'x' || verb == 'X') {
            verb = 'g'; // gomini does not do binary or hex float formats
        }
        String num = GoFloats.format(v, verb, p, size);
        if (num.charAt(0) == '-' || num.charAt(0) == '+') {
            // keep
        } else {
            num = "+" + num;
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num = num.substring(1);
            }
            pad(num);
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            num = sharpFloat(num, verb, p);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }

    /** The # flag: always a decimal point; %g keeps its trailing zeros. */
    private static String sharpFloat(String num, char verb, int p) {
        int digits = 0;
        switch (verb) {
            case 'v', 'g', 'G' -> {
                digits = p;
                if (digits == -1) {
                    digits = 6;
                }
            }
            default -> {}
        }
        String tail = "";
        int e = -1;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == 'e' || c == 'E') {
                e = i;
                break;
            }
        }
        if (e >= 0) {
            tail = num.substring(e);
            num = num.substring(0, e);
        }
        boolean sawNonzero = false;
        boolean hasPoint = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasPoint = true;
            } else if (c >= '0' && c <= '9') {
                if (c != '0') {
                    sawNonzero = true;
                }
                if (sawNonzero) {
                    digits--;
                }
            }
        }
        StringBuilder sb = new StringBuilder(num);
        if (!hasPoint) {
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            sb.append('.');
        }
        while (digits > 0) {
            sb.append('0');
            digits--;
        }
        return sb.append(tail).toString();
    }

    private void fmtString(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    fmtQ(s);
                } else {
                    fmtS(s);
                }
            }
            case 's' -> fmtS(s);
            case 'x' -> fmtSbx(s, LDIGITS);
            case 'X' -> fmtSbx(s, UDIGITS);
            case 'q' -> fmtQ(s);
            default -> badVerb(verb);
        }
    }

    private void fmtBytes(SliceValue v, int verb, String typeString) {
        int n = v == null ? 0 : v.len;
        switch (verb) {
            case 'v', 'd' -> {
                if (sharpV) {
                    buf.append(typeString);
                    if (v == null) {
                        buf.append("(nil)");
                        return;
                    }
                    buf.append('{');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            buf.append(", ");
                        }
                        fmt0x64((Long) v.get(i), true);
                    }
                    buf.append('}');
                } else {
                    buf.append('[');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            buf.append(' ');
                        }
                        fmtIntegerBase((Long) v.get(i), 10, false, verb, LDIGITS);
                    }
                    buf.append(']');
                }
            }
            case 's' -> fmtS(bytesToString(v));
            case 'x' -> fmtSbx(bytesToString(v), LDIGITS);
            case 'X' -> fmtSbx(bytesToString(v), UDIGITS);
            case 'q' -> fmtQ(bytesToString(v));
            default -> badVerb(verb);
        }
    }

    static String bytesToString(SliceValue v) {
        if (v == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(v.len);
        for (int i = 0; i < v.len; i++) {
            sb.append((char) (((Long) v.get(i)) & 0xFF));
        }
        return sb.toString();
    }

    private void fmtPointer(Type t, Object v, int verb) {
        Type u = t.underlying();
        if (!(u instanceof gomini.types.Pointer || u instanceof gomini.types.Chan || u instanceof Signature
                || u instanceof gomini.types.Map || u instanceof Slice
                || (u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER))) {
            badVerb(verb);
            return;
        }
        long addr = address(v);
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    buf.append('(').append(t.toString()).append(")(");
                    if (addr == 0) {
                        buf.append("nil");
                    } else {
                        fmt0x64(addr, true);
                    }
                    buf.append(')');
                } else if (addr == 0) {
                    padString("<nil>");
                } else {
                    fmt0x64(addr, !sharp);
                }
            }
            case 'p' -> fmt0x64(addr, !sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(addr, false, verb);
            default -> badVerb(verb);
        }
    }

    /** A stable, Go-looking fake address for a reference value (0 for nil). */
    static long address(Object v) {
        if (v == null) {
            return 0;
        }
        Object id = v instanceof SliceValue s ? s.array : v;
        long a = 0xc000000000L + ((System.identityHashCode(id) & 0xFFFFFFL) << 4);
        if (v instanceof SliceValue s) {
            a += 8L * s.offset;
        }
        return a;
    }

    // ---- padding and strings (Go's fmt struct)

    private void appendRune(int r) {
        buf.append(GoStrings.fromRune(r));
    }

    private void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    private void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - GoStrings.runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    private void padString(String s) {
        pad(s);
    }

    private String truncate(String s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += (int) (GoStrings.decodeRune(s, i) & 0xFF);
            }
        }
        return s;
    }

    private void fmtS(String s) {
        pad(truncate(s));
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && GoQuote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(GoQuote.quote(s, plus));
    }

    private void fmtSbx(String s, String digits) {
        int length = s.length();
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.append(' ');
                if (sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i) & 0xFF;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** Used by Errorf: the operand indexes that %w wrapped. */
    List<Integer> wrapped() {
        return wrappedErrs;
    }
}
