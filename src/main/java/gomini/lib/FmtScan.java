package gomini.lib;

import gomini.runtime.ArrayValue;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Pointer;
import gomini.runtime.StructValue;
import gomini.types.Basic;
import gomini.types.Type;

/**
 * fmt's scanning (Scan, Scanln, Sscan, Sscanf, Fscan...): operands are pointers (Iface of *T); values
 * are read as space-separated tokens, or as the format's verbs direct.
 */
final class FmtScan {
    /** The input, one byte at a time with one byte of push-back. */
    interface In {
        int read();
    }

    private final In in;
    private int pending = -2;

    private FmtScan(In in) {
        this.in = in;
    }

    static FmtScan ofString(String s) {
        int[] pos = {0};
        return new FmtScan(() -> pos[0] < s.length() ? s.charAt(pos[0]++) : -1);
    }

    static FmtScan ofSource(ByteSource src) {
        return new FmtScan(src::readByte);
    }

    private int next() {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pending = c;
    }

    /** Scan (nlIsSpace) or Scanln: {n, err}. */
    Object[] scan(Object[] args, boolean nlIsSpace) {
        int n = 0;
        for (Object arg : args) {
            int c = skipSpace(nlIsSpace);
            if (c == '\n') {
                return new Object[] {(long) n, ErrorsPackage.newError("unexpected newline")};
            }
            if (c < 0) {
                return new Object[] {(long) n, n == 0 ? IoPackage.EOF : ErrorsPackage.newError("unexpected EOF")};
            }
            unread(c);
            Object err = scanOne(arg, 'v');
            if (err != null) {
                return new Object[] {(long) n, err};
            }
            n++;
        }
        if (!nlIsSpace) {
            int c = next();
            while (c == ' ' || c == '\t' || c == '\r') {
                c = next();
            }
            if (c != '\n' && c >= 0) {
                return new Object[] {(long) n, ErrorsPackage.newError("expected newline")};
            }
        }
        return new Object[] {(long) n, null};
    }

    /** Sscanf and friends. */
    Object[] scanf(String format, Object[] args) {
        int n = 0;
        int argi = 0;
        for (int i = 0; i < format.length(); i++) {
            char f = format.charAt(i);
            if (f == '%') {
                i++;
                while (i < format.length() && (Character.isDigit(format.charAt(i)) || format.charAt(i) == '+'
                        || format.charAt(i) == '-' || format.charAt(i) == '#')) {
                    i++;
                }
                if (i >= format.length()) {
                    return new Object[] {(long) n, ErrorsPackage.newError("too few operands for format '%'")};
                }
                char verb = format.charAt(i);
                if (verb == '%') {
                    int c = skipSpace(true);
                    if (c != '%') {
                        return new Object[] {(long) n, ErrorsPackage.newError("missing literal %")};
                    }
                    continue;
                }
                if (argi >= args.length) {
                    return new Object[] {(long) n, ErrorsPackage.newError("too few operands for format '%" + verb + "'")};
                }
                if (verb != 'c') {
                    int c = skipSpace(false);
                    if (c < 0) {
                        return new Object[] {(long) n, n == 0 ? IoPackage.EOF : ErrorsPackage.newError("unexpected EOF")};
                    }
                    unread(c);
                }
                Object err = scanOne(args[argi++], verb);
                if (err != null) {
                    return new Object[] {(long) n, err};
                }
                n++;
            } else if (f == ' ' || f == '\t' || f == '\n' || f == '\r') {
                int c = next();
                while (c == ' ' || c == '\t' || c == '\r' || (f == '\n' && c == '\n')) {
                    c = next();
                }
                unread(c);
            } else {
                int c = next();
                if (c != f) {
                    if (c >= 0) {
                        unread(c);
                    }
                    return new Object[] {(long) n, c < 0 ? IoPackage.EOF : ErrorsPackage.newError("input does not match format")};
                }
            }
        }
        if (argi < args.length) {
            return new Object[] {(long) n, ErrorsPackage.newError("too many operands")};
        }
        return new Object[] {(long) n, null};
    }

    private int skipSpace(boolean nlIsSpace) {
        while (true) {
            int c = next();
            if (c == ' ' || c == '\t' || c == '\r' || (nlIsSpace && c == '\n')) {
                continue;
            }
            return c;
        }
    }

    private String token(java.util.function.IntPredicate accept) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                break;
            }
            if (!accept.test(c) || (sb.length() > 0 && (c == '+' || c == '-') && !isExpSign(sb))) {
                unread(c);
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    private static boolean isExpSign(StringBuilder sb) {
        char last = sb.charAt(sb.length() - 1);
        return last == 'e' || last == 'E' || last == 'p' || last == 'P';
    }

    /** Reads one operand into the pointer arg; returns an error value or null. */
    private Object scanOne(Object arg, char verb) {
        if (!(arg instanceof Iface iv) || !(iv.type().underlying() instanceof gomini.types.Pointer pt)) {
            return ErrorsPackage.newError("can't scan type: " + (arg == null ? "<nil>" : ((Iface) arg).type()));
        }
        Type elem = pt.elem();
        Object value;
        if (elem.underlying() instanceof Basic b) {
            if (verb == 'c') {
                int c = next();
                if (c < 0) {
                    return IoPackage.EOF;
                }
                value = (long) c;
            } else if (b.isInteger()) {
                int base = verb == 'x' || verb == 'X' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : 10;
                String tok = token(c -> c == '+' || c == '-' || Character.digit(c, base) >= 0 || c == '_');
                try {
                    value = b.isUnsigned() ? Long.parseUnsignedLong(tok, base) : Long.parseLong(tok, base);
                } catch (NumberFormatException e) {
                    return ErrorsPackage.newError(tok.isEmpty() ? "expected integer" : "strconv.ParseInt: parsing "
                            + GoQuote.quote(tok, false) + ": invalid syntax");
                }
                value = truncate(b, (Long) value);
            } else if (b.isFloat()) {
                String tok = token(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+'
                        || c == '-' || c == '_' || c == 'x' || c == 'p' || c == 'i' || c == 'n' || c == 'f'
                        || c == 'I' || c == 'N' || c == 'a' || c == 'F');
                try {
                    value = StrconvPackage.parseFloat(tok, b.bits());
                } catch (RuntimeException e) {
                    return ErrorsPackage.newError("strconv.ParseFloat: parsing " + GoQuote.quote(tok, false)
                            + ": invalid syntax");
                }
            } else if (b.isString()) {
                value = token(c -> c != ' ' && c != '\t' && c != '\n' && c != '\r');
            } else if (b.isBoolean()) {
                String tok = token(c -> c != ' ' && c != '\t' && c != '\n' && c != '\r');
                switch (tok) {
                    case "true", "t", "T", "TRUE", "True", "1" -> value = true;
                    case "false", "f", "F", "FALSE", "False", "0" -> value = false;
                    default -> {
                        return ErrorsPackage.newError("syntax error scanning boolean");
                    }
                }
            } else {
                return ErrorsPackage.newError("can't scan type: " + iv.type());
            }
        } else if (elem.underlying() instanceof gomini.types.Slice sl && sl.elem().underlying() == gomini.types.Types.UINT8) {
            value = Natives.byteSlice(token(c -> c != ' ' && c != '\t' && c != '\n' && c != '\r'));
        } else {
            return ErrorsPackage.newError("can't scan type: " + iv.type());
        }
        Object p = iv.value();
        if (p instanceof Pointer ptr) {
            ptr.store(value);
        } else if (p instanceof StructValue || p instanceof ArrayValue) {
            ErrorsPackage.store(p, value);
        }
        return null;
    }

    private static long truncate(Basic b, long v) {
        return switch (b.kind()) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFF;
            case UINT16 -> v & 0xFFFF;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    static Object[] sscan(String s, Object[] args, boolean nlIsSpace) {
        return ofString(s).scan(args, nlIsSpace);
    }

    static Object[] fscan(Goroutine g, Object reader, Object[] args, boolean nlIsSpace) {
        return ofSource(ByteSource.of(g, reader)).scan(args, nlIsSpace);
    }
}
