package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Basic;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Package strings, over Go byte-strings (byte indexes, UTF-8 runes). */
public final class StringsPackage {
    private StringsPackage() {}

    /** A hidden pointer-sized field a Java object can live in; its zero value is null. */
    static final Basic HIDDEN = new Basic(Basic.Kind.UNSAFE_POINTER, "unsafe.Pointer");

    /** strings.Builder: struct { buf unsafe.Pointer } where buf holds a java.lang.StringBuilder of bytes. */
    public static final Named BUILDER = new Named("strings", "Builder",
            Types.struct(List.of(new Struct.Field("buf", HIDDEN, false, null))));
    /** strings.Replacer: struct { pairs unsafe.Pointer } holding the old/new String[]. */
    public static final Named REPLACER = new Named("strings", "Replacer",
            Types.struct(List.of(new Struct.Field("pairs", HIDDEN, false, null))));

    /** strings.Reader: struct { r unsafe.Pointer } holding a ReaderState. */
    public static final Named READER = new Named("strings", "Reader",
            Types.struct(List.of(new Struct.Field("r", HIDDEN, false, null))));

    static final class ReaderState {
        final String s;
        int pos;

        ReaderState(String s) {
            this.s = s;
        }
    }

    private static final Type S = Types.STRING;
    private static final Type I = Types.INT;
    private static final Type B = Types.BOOL;
    private static final Type SS = Types.slice(Types.STRING);
    private static final Type RUNE_PRED = Natives.sig(List.of(Types.RUNE), List.of(Types.BOOL));

    static {
        Natives.method(BUILDER, "WriteString", Natives.sig(List.of(S), Natives.intError()), true, (g, a) -> {
            String s = (String) a[1];
            buf(a[0]).append(s);
            return new Object[] {(long) s.length(), null};
        });
        Natives.method(BUILDER, "Write", Natives.sig(List.of(Types.slice(Types.BYTE)), Natives.intError()), true,
                (g, a) -> {
                    String s = Natives.bytes(a[1]);
                    buf(a[0]).append(s);
                    return new Object[] {(long) s.length(), null};
                });
        Natives.method(BUILDER, "WriteByte", Natives.sig(List.of(Types.BYTE), List.of(Types.ERROR)), true, (g, a) -> {
            buf(a[0]).append((char) ((Long) a[1] & 0xFF));
            return null;
        });
        Natives.method(BUILDER, "WriteRune", Natives.sig(List.of(Types.RUNE), Natives.intError()), true, (g, a) -> {
            String s = Runes.encode((int) (long) (Long) a[1]);
            buf(a[0]).append(s);
            return new Object[] {(long) s.length(), null};
        });
        Natives.method(BUILDER, "String", Natives.sig(List.of(), List.of(S)), true, (g, a) -> {
            Object b = ((StructValue) a[0]).fields[0];
            return b == null ? "" : b.toString();
        });
        Natives.method(BUILDER, "Len", Natives.sig(List.of(), List.of(I)), true, (g, a) -> {
            Object b = ((StructValue) a[0]).fields[0];
            return b == null ? 0L : (long) ((StringBuilder) b).length();
        });
        Natives.method(BUILDER, "Cap", Natives.sig(List.of(), List.of(I)), true, (g, a) -> {
            Object b = ((StructValue) a[0]).fields[0];
            return b == null ? 0L : (long) ((StringBuilder) b).capacity();
        });
        Natives.method(BUILDER, "Reset", Natives.sig(List.of(), List.of()), true, (g, a) -> {
            ((StructValue) a[0]).fields[0] = null;
            return null;
        });
        Natives.method(BUILDER, "Grow", Natives.sig(List.of(I), List.of()), true, (g, a) -> {
            long n = (Long) a[1];
            if (n < 0) {
                throw Natives.panicString("strings.Builder.Grow: negative count");
            }
            StringBuilder sb = buf(a[0]);
            sb.ensureCapacity(sb.length() + (int) n);
            return null;
        });
        Natives.method(READER, "Read", Natives.sig(List.of(Types.slice(Types.BYTE)), Natives.intError()), true,
                (g, a) -> {
                    ReaderState r = (ReaderState) ((StructValue) a[0]).fields[0];
                    SliceValue b = (SliceValue) a[1];
                    if (r.pos >= r.s.length()) {
                        return new Object[] {0L, IoPackage.EOF};
                    }
                    int n = Math.min(b == null ? 0 : b.len, r.s.length() - r.pos);
                    for (int i = 0; i < n; i++) {
                        b.set(i, (long) r.s.charAt(r.pos + i));
                    }
                    r.pos += n;
                    return new Object[] {(long) n, null};
                });
        Natives.method(READER, "ReadByte", Natives.sig(List.of(), List.of(Types.BYTE, Types.ERROR)), true, (g, a) -> {
            ReaderState r = (ReaderState) ((StructValue) a[0]).fields[0];
            if (r.pos >= r.s.length()) {
                return new Object[] {0L, IoPackage.EOF};
            }
            return new Object[] {(long) r.s.charAt(r.pos++), null};
        });
        Natives.method(READER, "ReadRune", Natives.sig(List.of(), List.of(Types.RUNE, I, Types.ERROR)), true,
                (g, a) -> {
                    ReaderState r = (ReaderState) ((StructValue) a[0]).fields[0];
                    if (r.pos >= r.s.length()) {
                        return new Object[] {0L, 0L, IoPackage.EOF};
                    }
                    long d = Runes.decode(r.s, r.pos);
                    r.pos += Runes.size(d);
                    return new Object[] {(long) Runes.rune(d), (long) Runes.size(d), null};
                });
        Natives.method(READER, "Len", Natives.sig(List.of(), List.of(I)), true, (g, a) -> {
            ReaderState r = (ReaderState) ((StructValue) a[0]).fields[0];
            return (long) (r.s.length() - r.pos);
        });
        Natives.method(REPLACER, "Replace", Natives.sig(List.of(S), List.of(S)), true,
                (g, a) -> replaceAll((String[]) ((StructValue) a[0]).fields[0], (String) a[1]));
    }

    private static StringBuilder buf(Object recv) {
        if (recv == null) {
            throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        StructValue sv = (StructValue) recv;
        if (sv.fields[0] == null) {
            sv.fields[0] = new StringBuilder();
        }
        return (StringBuilder) sv.fields[0];
    }

    private static Signature sig(List<Type> params, List<Type> results) {
        return Natives.sig(params, results);
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("strings");
        p.type("Builder", BUILDER);
        p.type("Replacer", REPLACER);
        p.type("Reader", READER);
        p.func("NewReader", sig(List.of(S), List.of(Types.pointer(READER))),
                (g, a) -> new StructValue(new Object[] {new ReaderState((String) a[0])}));
        p.func("Contains", sig(List.of(S, S), List.of(B)), (g, a) -> s(a[0]).contains(s(a[1])));
        p.func("ContainsRune", sig(List.of(S, Types.RUNE), List.of(B)), (g, a) -> indexRune(s(a[0]), r(a[1])) >= 0);
        p.func("ContainsAny", sig(List.of(S, S), List.of(B)), (g, a) -> indexAny(s(a[0]), s(a[1])) >= 0);
        p.func("Index", sig(List.of(S, S), List.of(I)), (g, a) -> (long) s(a[0]).indexOf(s(a[1])));
        p.func("IndexByte", sig(List.of(S, Types.BYTE), List.of(I)),
                (g, a) -> (long) s(a[0]).indexOf((char) ((Long) a[1] & 0xFF)));
        p.func("IndexRune", sig(List.of(S, Types.RUNE), List.of(I)), (g, a) -> (long) indexRune(s(a[0]), r(a[1])));
        p.func("IndexAny", sig(List.of(S, S), List.of(I)), (g, a) -> (long) indexAny(s(a[0]), s(a[1])));
        p.func("IndexFunc", sig(List.of(S, RUNE_PRED), List.of(I)),
                (g, a) -> (long) indexFunc(g, s(a[0]), (GoFunc) a[1], true));
        p.func("LastIndex", sig(List.of(S, S), List.of(I)), (g, a) -> (long) s(a[0]).lastIndexOf(s(a[1])));
        p.func("LastIndexByte", sig(List.of(S, Types.BYTE), List.of(I)),
                (g, a) -> (long) s(a[0]).lastIndexOf((char) ((Long) a[1] & 0xFF)));
        p.func("LastIndexAny", sig(List.of(S, S), List.of(I)), (g, a) -> (long) lastIndexAny(s(a[0]), s(a[1])));
        p.func("Split", sig(List.of(S, S), List.of(SS)), (g, a) -> split(s(a[0]), s(a[1]), 0, -1));
        p.func("SplitN", sig(List.of(S, S, I), List.of(SS)), (g, a) -> split(s(a[0]), s(a[1]), 0, (int) (long) (Long) a[2]));
        p.func("SplitAfter", sig(List.of(S, S), List.of(SS)),
                (g, a) -> split(s(a[0]), s(a[1]), s(a[1]).length(), -1));
        p.func("SplitAfterN", sig(List.of(S, S, I), List.of(SS)),
                (g, a) -> split(s(a[0]), s(a[1]), s(a[1]).length(), (int) (long) (Long) a[2]));
        p.func("Join", sig(List.of(SS, S), List.of(S)), (g, a) -> {
            StringBuilder sb = new StringBuilder();
            Object[] es = Natives.elems(a[0]);
            for (int i = 0; i < es.length; i++) {
                if (i > 0) {
                    sb.append(s(a[1]));
                }
                sb.append(s(es[i]));
            }
            return sb.toString();
        });
        p.func("Fields", sig(List.of(S), List.of(SS)), (g, a) -> fields(s(a[0]), Runes::isSpace));
        p.func("FieldsFunc", sig(List.of(S, RUNE_PRED), List.of(SS)),
                (g, a) -> fields(s(a[0]), r -> pred(g, (GoFunc) a[1], r)));
        p.func("Repeat", sig(List.of(S, I), List.of(S)), (g, a) -> {
            long n = (Long) a[1];
            if (n < 0) {
                throw Natives.panicString("strings: negative Repeat count");
            }
            return s(a[0]).repeat((int) n);
        });
        p.func("Replace", sig(List.of(S, S, S, I), List.of(S)),
                (g, a) -> replace(s(a[0]), s(a[1]), s(a[2]), (int) (long) (Long) a[3]));
        p.func("ReplaceAll", sig(List.of(S, S, S), List.of(S)), (g, a) -> replace(s(a[0]), s(a[1]), s(a[2]), -1));
        p.func("ToUpper", sig(List.of(S), List.of(S)), (g, a) -> Runes.map(s(a[0]), Runes::toUpper));
        p.func("ToLower", sig(List.of(S), List.of(S)), (g, a) -> Runes.map(s(a[0]), Runes::toLower));
        p.func("ToTitle", sig(List.of(S), List.of(S)), (g, a) -> Runes.map(s(a[0]), Runes::toTitle));
        p.func("Title", sig(List.of(S), List.of(S)), (g, a) -> title(s(a[0])));
        p.func("TrimSpace", sig(List.of(S), List.of(S)), (g, a) -> trimFunc(s(a[0]), Runes::isSpace, true, true));
        p.func("Trim", sig(List.of(S, S), List.of(S)), (g, a) -> trimFunc(s(a[0]), inSet(s(a[1])), true, true));
        p.func("TrimLeft", sig(List.of(S, S), List.of(S)), (g, a) -> trimFunc(s(a[0]), inSet(s(a[1])), true, false));
        p.func("TrimRight", sig(List.of(S, S), List.of(S)),
                (g, a) -> trimFunc(s(a[0]), inSet(s(a[1])), false, true));
        p.func("TrimFunc", sig(List.of(S, RUNE_PRED), List.of(S)),
                (g, a) -> trimFunc(s(a[0]), r -> pred(g, (GoFunc) a[1], r), true, true));
        p.func("TrimLeftFunc", sig(List.of(S, RUNE_PRED), List.of(S)),
                (g, a) -> trimFunc(s(a[0]), r -> pred(g, (GoFunc) a[1], r), true, false));
        p.func("TrimRightFunc", sig(List.of(S, RUNE_PRED), List.of(S)),
                (g, a) -> trimFunc(s(a[0]), r -> pred(g, (GoFunc) a[1], r), false, true));
        p.func("TrimPrefix", sig(List.of(S, S), List.of(S)),
                (g, a) -> s(a[0]).startsWith(s(a[1])) ? s(a[0]).substring(s(a[1]).length()) : s(a[0]));
        p.func("TrimSuffix", sig(List.of(S, S), List.of(S)), (g, a) -> s(a[0]).endsWith(s(a[1]))
                ? s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()) : s(a[0]));
        p.func("HasPrefix", sig(List.of(S, S), List.of(B)), (g, a) -> s(a[0]).startsWith(s(a[1])));
        p.func("HasSuffix", sig(List.of(S, S), List.of(B)), (g, a) -> s(a[0]).endsWith(s(a[1])));
        p.func("EqualFold", sig(List.of(S, S), List.of(B)), (g, a) -> equalFold(s(a[0]), s(a[1])));
        p.func("Compare", sig(List.of(S, S), List.of(I)), (g, a) -> (long) Integer.signum(s(a[0]).compareTo(s(a[1]))));
        p.func("Count", sig(List.of(S, S), List.of(I)), (g, a) -> (long) count(s(a[0]), s(a[1])));
        p.func("Cut", sig(List.of(S, S), List.of(S, S, B)), (g, a) -> {
            int i = s(a[0]).indexOf(s(a[1]));
            if (i < 0) {
                return new Object[] {s(a[0]), "", false};
            }
            return new Object[] {s(a[0]).substring(0, i), s(a[0]).substring(i + s(a[1]).length()), true};
        });
        p.func("CutPrefix", sig(List.of(S, S), List.of(S, B)), (g, a) -> s(a[0]).startsWith(s(a[1]))
                ? new Object[] {s(a[0]).substring(s(a[1]).length()), true} : new Object[] {s(a[0]), false});
        p.func("CutSuffix", sig(List.of(S, S), List.of(S, B)), (g, a) -> s(a[0]).endsWith(s(a[1]))
                ? new Object[] {s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()), true}
                : new Object[] {s(a[0]), false});
        p.func("Map", sig(List.of(Natives.sig(List.of(Types.RUNE), List.of(Types.RUNE)), S), List.of(S)),
                (g, a) -> Runes.map(s(a[1]), r -> (int) (long) (Long) ((GoFunc) a[0]).call(g, new Object[] {(long) r})));
        p.func("NewReplacer", Natives.variadic(List.of(), S, List.of(Types.pointer(REPLACER))), (g, a) -> {
            Object[] es = Natives.elems(a[0]);
            if (es.length % 2 == 1) {
                throw Natives.panicString("strings.NewReplacer: odd argument count");
            }
            String[] pairs = new String[es.length];
            for (int i = 0; i < es.length; i++) {
                pairs[i] = (String) es[i];
            }
            return new StructValue(new Object[] {pairs});
        });
        return p;
    }

    private static String s(Object v) {
        return (String) v;
    }

    private static int r(Object v) {
        return (int) (long) (Long) v;
    }

    private static boolean pred(Goroutine g, GoFunc f, int r) {
        return (Boolean) f.call(g, new Object[] {(long) r});
    }

    static int indexRune(String s, int r) {
        if (r >= 0 && r < 0x80) {
            return s.indexOf((char) r);
        }
        if (r == Runes.RUNE_ERROR) {
            for (int i = 0; i < s.length(); ) {
                long d = Runes.decode(s, i);
                if (Runes.rune(d) == Runes.RUNE_ERROR) {
                    return i;
                }
                i += Runes.size(d);
            }
            return -1;
        }
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            return -1;
        }
        return s.indexOf(Runes.encode(r));
    }

    private static int indexAny(String s, String chars) {
        int[] set = Runes.runes(chars);
        for (int i = 0; i < s.length(); ) {
            long d = Runes.decode(s, i);
            for (int c : set) {
                if (c == Runes.rune(d)) {
                    return i;
                }
            }
            i += Runes.size(d);
        }
        return -1;
    }

    private static int lastIndexAny(String s, String chars) {
        int[] set = Runes.runes(chars);
        int last = -1;
        for (int i = 0; i < s.length(); ) {
            long d = Runes.decode(s, i);
            for (int c : set) {
                if (c == Runes.rune(d)) {
                    last = i;
                }
            }
            i += Runes.size(d);
        }
        return last;
    }

    private static int indexFunc(Goroutine g, String s, GoFunc f, boolean truth) {
        for (int i = 0; i < s.length(); ) {
            long d = Runes.decode(s, i);
            if (pred(g, f, Runes.rune(d)) == truth) {
                return i;
            }
            i += Runes.size(d);
        }
        return -1;
    }

    /** Go's genSplit: sepSave bytes of sep kept with each piece, at most n pieces (n < 0: all). */
    static SliceValue split(String s, String sep, int sepSave, int n) {
        if (n == 0) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                if (n > 0 && out.size() == n - 1) {
                    out.add(s.substring(i));
                    return Natives.slice(out);
                }
                int w = Runes.size(Runes.decode(s, i));
                out.add(s.substring(i, i + w));
                i += w;
            }
            return Natives.slice(out);
        }
        int start = 0;
        while (n < 0 || out.size() < n - 1) {
            int m = s.indexOf(sep, start);
            if (m < 0) {
                break;
            }
            out.add(s.substring(start, m + sepSave));
            start = m + sep.length();
        }
        out.add(s.substring(start));
        return Natives.slice(out);
    }

    private static SliceValue fields(String s, java.util.function.IntPredicate isSep) {
        List<Object> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            long d = Runes.decode(s, i);
            boolean sep = isSep.test(Runes.rune(d));
            if (sep && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
            i += Runes.size(d);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return Natives.slice(out);
    }

    static String replace(String s, String old, String nw, int n) {
        if (old.equals(nw) || n == 0) {
            return s;
        }
        int m = count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Runes.size(Runes.decode(s, start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            sb.append(s, start, j).append(nw);
            start = j + old.length();
        }
        sb.append(s.substring(start));
        return sb.toString();
    }

    static int count(String s, String sep) {
        if (sep.isEmpty()) {
            return gomini.runtime.GoStrings.runeCount(s) + 1;
        }
        int n = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length())) {
            n++;
        }
        return n;
    }

    private static java.util.function.IntPredicate inSet(String cutset) {
        int[] set = Runes.runes(cutset);
        return r -> {
            for (int c : set) {
                if (c == r) {
                    return true;
                }
            }
            return false;
        };
    }

    static String trimFunc(String s, java.util.function.IntPredicate drop, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end) {
                long d = Runes.decode(s, start);
                if (!drop.test(Runes.rune(d))) {
                    break;
                }
                start += Runes.size(d);
            }
        }
        if (right) {
            while (end > start) {
                long d = Runes.decodeLast(s, end);
                int k = end - Runes.size(d);
                if (!drop.test(Runes.rune(d))) {
                    break;
                }
                end = k;
            }
        }
        return s.substring(start, end);
    }

    private static boolean equalFold(String a, String b) {
        int[] x = Runes.runes(a);
        int[] y = Runes.runes(b);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i] && Runes.toLower(Runes.toUpper(x[i])) != Runes.toLower(Runes.toUpper(y[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            long d = Runes.decode(s, i);
            int r = Runes.rune(d);
            boolean sep = !(Runes.isLetter(prev) || Runes.isDigit(prev) || prev == '_');
            sb.append(Runes.encode(sep ? Runes.toTitle(r) : r));
            prev = r;
            i += Runes.size(d);
        }
        return sb.toString();
    }

    private static String replaceAll(String[] pairs, String s) {
        StringBuilder sb = new StringBuilder();
        boolean hasEmpty = false;
        for (int k = 0; k < pairs.length; k += 2) {
            hasEmpty |= pairs[k].isEmpty();
        }
        int i = 0;
        boolean prevEmptyMatch = false;
        while (i <= s.length()) {
            boolean matched = false;
            for (int k = 0; k < pairs.length; k += 2) {
                String old = pairs[k];
                if (old.isEmpty()) {
                    if (prevEmptyMatch) {
                        continue;
                    }
                } else if (!s.startsWith(old, i)) {
                    continue;
                }
                sb.append(pairs[k + 1]);
                i += old.length();
                matched = true;
                prevEmptyMatch = old.isEmpty();
                break;
            }
            if (!matched) {
                prevEmptyMatch = false;
                if (i < s.length()) {
                    if (hasEmpty) {
                        int w = Runes.size(Runes.decode(s, i));
                        sb.append(s, i, i + w);
                        i += w;
                    } else {
                        sb.append(s.charAt(i));
                        i++;
                    }
                } else {
                    break;
                }
            }
        }
        return sb.toString();
    }
}
