package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;

import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Package bufio: Scanner (lines, words, runes, bytes, or a Go split function), Reader and Writer. */
public final class BufioPackage {
    private BufioPackage() {}

    private static final Type BS = Types.slice(Types.BYTE);
    public static final Signature SPLIT_FUNC_SIG = Natives.sig(List.of(BS, Types.BOOL), List.of(Types.INT, BS,
            Types.ERROR));
    public static final Named SPLIT_FUNC = new Named("bufio", "SplitFunc", SPLIT_FUNC_SIG);
    public static final Named SCANNER = hidden("Scanner");
    public static final Named READER = hidden("Reader");
    public static final Named WRITER = hidden("Writer");
    static final Iface ERR_TOO_LONG = ErrorsPackage.newError("bufio.Scanner: token too long");

    private static Named hidden(String name) {
        return new Named("bufio", name, Types.struct(List.of(new Struct.Field("state", StringsPackage.HIDDEN, false,
                null))));
    }

    // The predeclared split functions: recognized by identity for a fast path, callable as Go functions too.
    static final GoFunc SCAN_LINES = (g, a) -> goSplit(a, 'l');
    static final GoFunc SCAN_WORDS = (g, a) -> goSplit(a, 'w');
    static final GoFunc SCAN_RUNES = (g, a) -> goSplit(a, 'r');
    static final GoFunc SCAN_BYTES = (g, a) -> goSplit(a, 'b');

    /** A Scanner's state. */
    static final class Scan {
        final ByteSource src;
        final StringBuilder buf = new StringBuilder();
        GoFunc split = SCAN_LINES;
        int maxToken = 64 * 1024;
        String token;
        Object err;
        boolean done;

        Scan(ByteSource src) {
            this.src = src;
        }
    }

    static final class Buffered {
        final ByteSource src;
        final Object dst;
        final StringBuilder buf = new StringBuilder();

        Buffered(ByteSource src, Object dst) {
            this.src = src;
            this.dst = dst;
        }
    }

    static {
        Type s = Types.STRING;
        Natives.method(SCANNER, "Scan", Natives.sig(List.of(), List.of(Types.BOOL)), true, (g, a) -> scan(g, st(a[0])));
        Natives.method(SCANNER, "Text", Natives.sig(List.of(), List.of(s)), true, (g, a) -> {
            String t = st(a[0]).token;
            return t == null ? "" : t;
        });
        Natives.method(SCANNER, "Bytes", Natives.sig(List.of(), List.of(BS)), true, (g, a) -> {
            String t = st(a[0]).token;
            return Natives.byteSlice(t == null ? "" : t);
        });
        Natives.method(SCANNER, "Err", Natives.sig(List.of(), List.of(Types.ERROR)), true, (g, a) -> st(a[0]).err);
        Natives.method(SCANNER, "Split", Natives.sig(List.of(SPLIT_FUNC), List.of()), true, (g, a) -> {
            st(a[0]).split = (GoFunc) a[1];
            return null;
        });
        Natives.method(SCANNER, "Buffer", Natives.sig(List.of(BS, Types.INT), List.of()), true, (g, a) -> {
            st(a[0]).maxToken = (int) Math.min(Integer.MAX_VALUE - 8, (Long) a[2]);
            return null;
        });
        Natives.method(READER, "ReadString", Natives.sig(List.of(Types.BYTE), List.of(s, Types.ERROR)), true,
                (g, a) -> readString(buffered(a[0]), (char) ((Long) a[1] & 0xFF)));
        Natives.method(READER, "ReadLine", Natives.sig(List.of(), List.of(BS, Types.BOOL, Types.ERROR)), true,
                (g, a) -> {
                    Object[] r = readString(buffered(a[0]), '\n');
                    String line = (String) r[0];
                    if (line.isEmpty() && r[1] != null) {
                        return new Object[] {null, false, r[1]};
                    }
                    if (line.endsWith("\n")) {
                        line = line.substring(0, line.length() - 1);
                        if (line.endsWith("\r")) {
                            line = line.substring(0, line.length() - 1);
                        }
                    }
                    return new Object[] {Natives.byteSlice(line), false, null};
                });
        Natives.method(READER, "ReadRune", Natives.sig(List.of(), List.of(Types.RUNE, Types.INT, Types.ERROR)), true,
                (g, a) -> {
                    Buffered b = buffered(a[0]);
                    while (b.buf.length() < 4 && b.src.read(b.buf, 4096) >= 0) {
                        // fill until a whole rune is available or input ends
                    }
                    if (b.buf.length() == 0) {
                        return new Object[] {0L, 0L, IoPackage.EOF};
                    }
                    long d = Runes.decode(b.buf.toString(), 0);
                    b.buf.delete(0, Runes.size(d));
                    return new Object[] {(long) Runes.rune(d), (long) Runes.size(d), null};
                });
        Natives.method(WRITER, "WriteString", Natives.sig(List.of(s), Natives.intError()), true, (g, a) -> {
            buffered(a[0]).buf.append((String) a[1]);
            return new Object[] {(long) ((String) a[1]).length(), null};
        });
        Natives.method(WRITER, "Write", Natives.sig(List.of(BS), Natives.intError()), true, (g, a) -> {
            String str = Natives.bytes(a[1]);
            buffered(a[0]).buf.append(str);
            return new Object[] {(long) str.length(), null};
        });
        Natives.method(WRITER, "WriteByte", Natives.sig(List.of(Types.BYTE), List.of(Types.ERROR)), true, (g, a) -> {
            buffered(a[0]).buf.append((char) ((Long) a[1] & 0xFF));
            return null;
        });
        Natives.method(WRITER, "WriteRune", Natives.sig(List.of(Types.RUNE), Natives.intError()), true, (g, a) -> {
            String enc = Runes.encode((int) (long) (Long) a[1]);
            buffered(a[0]).buf.append(enc);
            return new Object[] {(long) enc.length(), null};
        });
        Natives.method(WRITER, "Flush", Natives.sig(List.of(), List.of(Types.ERROR)), true, (g, a) -> {
            Buffered b = buffered(a[0]);
            if (b.buf.length() > 0) {
                String out = b.buf.toString();
                b.buf.setLength(0);
                Object[] r = IoPackage.write(g, b.dst, out);
                return r[1];
            }
            return null;
        });
        Natives.method(WRITER, "Buffered", Natives.sig(List.of(), List.of(Types.INT)), true,
                (g, a) -> (long) buffered(a[0]).buf.length());
    }

    private static Scan st(Object recv) {
        return (Scan) ((StructValue) recv).fields[0];
    }

    private static Buffered buffered(Object recv) {
        return (Buffered) ((StructValue) recv).fields[0];
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("bufio");
        p.type("Scanner", SCANNER);
        p.type("Reader", READER);
        p.type("Writer", WRITER);
        p.type("SplitFunc", SPLIT_FUNC);
        p.constant("MaxScanTokenSize", Types.UNTYPED_INT, gomini.check.Constant.of(64 * 1024));
        p.var("ErrTooLong", Types.ERROR, io -> ERR_TOO_LONG);
        p.func("NewScanner", Natives.sig(List.of(IoPackage.READER), List.of(Types.pointer(SCANNER))),
                (g, a) -> new StructValue(new Object[] {new Scan(ByteSource.of(g, a[0]))}));
        p.func("NewReader", Natives.sig(List.of(IoPackage.READER), List.of(Types.pointer(READER))),
                (g, a) -> new StructValue(new Object[] {new Buffered(ByteSource.of(g, a[0]), null)}));
        p.func("NewWriter", Natives.sig(List.of(IoPackage.WRITER), List.of(Types.pointer(WRITER))),
                (g, a) -> new StructValue(new Object[] {new Buffered(null, a[0])}));
        p.func("ScanLines", SPLIT_FUNC_SIG, SCAN_LINES);
        p.func("ScanWords", SPLIT_FUNC_SIG, SCAN_WORDS);
        p.func("ScanRunes", SPLIT_FUNC_SIG, SCAN_RUNES);
        p.func("ScanBytes", SPLIT_FUNC_SIG, SCAN_BYTES);
        return p;
    }

    private static Object[] readString(Buffered b, char delim) {
        int from = 0;
        while (true) {
            int i = b.buf.indexOf(String.valueOf(delim), from);
            if (i >= 0) {
                String s = b.buf.substring(0, i + 1);
                b.buf.delete(0, i + 1);
                return new Object[] {s, null};
            }
            from = b.buf.length();
            if (b.src.read(b.buf, 4096) < 0) {
                String s = b.buf.toString();
                b.buf.setLength(0);
                return new Object[] {s, IoPackage.EOF};
            }
        }
    }

    /** Scanner.Scan: Go's loop of split calls over a growing buffer. */
    private static boolean scan(Goroutine g, Scan s) {
        if (s.done) {
            return false;
        }
        boolean atEOF = false;
        while (true) {
            if (s.buf.length() > 0 || atEOF) {
                long[] adv = new long[1];
                String tok;
                Object err = null;
                char kind = kindOf(s.split);
                if (kind != 0) {
                    tok = split(s.buf, atEOF, kind, adv);
                } else {
                    Object[] r = (Object[]) s.split.call(g, new Object[] {Natives.byteSlice(s.buf.toString()), atEOF});
                    adv[0] = (Long) r[0];
                    tok = r[1] == null ? null : Natives.bytes(r[1]);
                    err = r[2];
                }
                if (err != null) {
                    s.done = true;
                    s.token = null;
                    if (!"final token".equals(ErrorsPackage.errorString(g, err))) {
                        s.err = err;
                        return false;
                    }
                    s.token = tok;
                    return tok != null;
                }
                s.buf.delete(0, (int) adv[0]);
                if (tok != null) {
                    s.token = tok;
                    return true;
                }
                if (atEOF) {
                    s.done = true;
                    s.token = null;
                    return false;
                }
            }
            if (s.buf.length() >= s.maxToken) {
                s.err = ERR_TOO_LONG;
                s.done = true;
                return false;
            }
            if (s.src.read(s.buf, 4096) < 0) {
                atEOF = true;
            }
        }
    }

    private static char kindOf(GoFunc f) {
        return f == SCAN_LINES ? 'l' : f == SCAN_WORDS ? 'w' : f == SCAN_RUNES ? 'r' : f == SCAN_BYTES ? 'b' : 0;
    }

    /** The built-in split functions over a byte-string buffer; sets adv[0], returns the token or null. */
    static String split(CharSequence data, boolean atEOF, char kind, long[] adv) {
        int n = data.length();
        if (atEOF && n == 0) {
            adv[0] = 0;
            return null;
        }
        switch (kind) {
            case 'l' -> {
                for (int i = 0; i < n; i++) {
                    if (data.charAt(i) == '\n') {
                        adv[0] = i + 1;
                        return dropCR(data.subSequence(0, i).toString());
                    }
                }
                if (atEOF) {
                    adv[0] = n;
                    return dropCR(data.toString());
                }
                adv[0] = 0;
                return null;
            }
            case 'w' -> {
                String str = data.toString();
                int start = 0;
                while (start < n) {
                    long d = Runes.decode(str, start);
                    if (!Runes.isSpace(Runes.rune(d))) {
                        break;
                    }
                    start += Runes.size(d);
                }
                for (int i = start; i < n; ) {
                    long d = Runes.decode(str, i);
                    if (Runes.isSpace(Runes.rune(d))) {
                        adv[0] = i + Runes.size(d);
                        return str.substring(start, i);
                    }
                    i += Runes.size(d);
                }
                if (atEOF && n > start) {
                    adv[0] = n;
                    return str.substring(start);
                }
                adv[0] = start;
                return null;
            }
            case 'r' -> {
                String str = data.toString();
                long d = Runes.decode(str, 0);
                if (Runes.size(d) == 1 && Runes.rune(d) == Runes.RUNE_ERROR && !atEOF && n < 4) {
                    adv[0] = 0;
                    return null;
                }
                adv[0] = Runes.size(d);
                return Runes.size(d) == 1 && Runes.rune(d) == Runes.RUNE_ERROR ? Runes.encode(Runes.RUNE_ERROR)
                        : str.substring(0, Runes.size(d));
            }
            default -> {
                adv[0] = 1;
                return String.valueOf(data.charAt(0));
            }
        }
    }

    private static String dropCR(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static Object[] goSplit(Object[] a, char kind) {
        long[] adv = new long[1];
        String tok = split(Natives.bytes(a[0]), (Boolean) a[1], kind, adv);
        return new Object[] {adv[0], tok == null ? null : Natives.byteSlice(tok), null};
    }

}
