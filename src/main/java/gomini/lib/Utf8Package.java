package gomini.lib;

import gomini.check.Constant;
import gomini.runtime.GoStrings;
import gomini.runtime.SliceValue;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Package unicode/utf8. */
public final class Utf8Package {
    private Utf8Package() {}

    private static final Type BYTES = Types.slice(Types.BYTE);
    private static final Type S = Types.STRING;
    private static final Type I = Types.INT;
    private static final Type R = Types.RUNE;

    public static GoPackage create() {
        GoPackage p = new GoPackage("unicode/utf8");
        p.constant("RuneError", Types.UNTYPED_RUNE, Constant.of(0xFFFD));
        p.constant("RuneSelf", Types.UNTYPED_INT, Constant.of(0x80));
        p.constant("MaxRune", Types.UNTYPED_RUNE, Constant.of(0x10FFFF));
        p.constant("UTFMax", Types.UNTYPED_INT, Constant.of(4));
        p.func("RuneCountInString", Natives.sig(List.of(S), List.of(I)),
                (g, a) -> (long) GoStrings.runeCount((String) a[0]));
        p.func("RuneCount", Natives.sig(List.of(BYTES), List.of(I)),
                (g, a) -> (long) GoStrings.runeCount(Natives.bytes(a[0])));
        p.func("RuneLen", Natives.sig(List.of(R), List.of(I)), (g, a) -> {
            long r = (Long) a[0];
            if (r < 0) {
                return -1L;
            } else if (r < 0x80) {
                return 1L;
            } else if (r < 0x800) {
                return 2L;
            } else if (r >= 0xD800 && r <= 0xDFFF) {
                return -1L;
            } else if (r < 0x10000) {
                return 3L;
            } else if (r <= 0x10FFFF) {
                return 4L;
            }
            return -1L;
        });
        p.func("DecodeRuneInString", Natives.sig(List.of(S), List.of(R, I)), (g, a) -> decode((String) a[0]));
        p.func("DecodeRune", Natives.sig(List.of(BYTES), List.of(R, I)), (g, a) -> decode(Natives.bytes(a[0])));
        p.func("DecodeLastRuneInString", Natives.sig(List.of(S), List.of(R, I)),
                (g, a) -> decodeLast((String) a[0]));
        p.func("DecodeLastRune", Natives.sig(List.of(BYTES), List.of(R, I)),
                (g, a) -> decodeLast(Natives.bytes(a[0])));
        p.func("EncodeRune", Natives.sig(List.of(BYTES, R), List.of(I)), (g, a) -> {
            String enc = GoStrings.fromRune((Long) a[1]);
            SliceValue s = (SliceValue) a[0];
            if (s == null || s.len < enc.length()) {
                throw gomini.runtime.GoPanic.runtimeError("index out of range [" + (s == null ? 0 : s.len)
                        + "] with length " + (s == null ? 0 : s.len));
            }
            for (int i = 0; i < enc.length(); i++) {
                s.set(i, (long) enc.charAt(i));
            }
            return (long) enc.length();
        });
        p.func("AppendRune", Natives.sig(List.of(BYTES, R), List.of(BYTES)), (g, a) -> {
            String enc = GoStrings.fromRune((Long) a[1]);
            return Natives.byteSlice(Natives.bytes(a[0]) + enc);
        });
        p.func("ValidString", Natives.sig(List.of(S), List.of(Types.BOOL)), (g, a) -> valid((String) a[0]));
        p.func("Valid", Natives.sig(List.of(BYTES), List.of(Types.BOOL)), (g, a) -> valid(Natives.bytes(a[0])));
        p.func("ValidRune", Natives.sig(List.of(R), List.of(Types.BOOL)), (g, a) -> {
            long r = (Long) a[0];
            return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
        });
        p.func("RuneStart", Natives.sig(List.of(Types.BYTE), List.of(Types.BOOL)),
                (g, a) -> ((Long) a[0] & 0xC0) != 0x80);
        p.func("FullRuneInString", Natives.sig(List.of(S), List.of(Types.BOOL)), (g, a) -> {
            String s = (String) a[0];
            if (s.isEmpty()) {
                return false;
            }
            long d = GoStrings.decodeRune(s, 0);
            return !((d >> 8) == 0xFFFD && (d & 0xFF) == 1 && s.length() < 4 && prefixOfValid(s));
        });
        return p;
    }

    private static boolean prefixOfValid(String s) {
        int b0 = s.charAt(0);
        int need = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 1;
        if (s.length() >= need) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if ((s.charAt(i) & 0xC0) != 0x80) {
                return false;
            }
        }
        return need > 1;
    }

    private static Object[] decode(String s) {
        if (s.isEmpty()) {
            return new Object[] {0xFFFDL, 0L};
        }
        long d = GoStrings.decodeRune(s, 0);
        return new Object[] {d >> 8, d & 0xFF};
    }

    private static Object[] decodeLast(String s) {
        long d = Runes.decodeLast(s, s.length());
        return new Object[] {d >> 8, d & 0xFF};
    }

    private static boolean valid(String s) {
        for (int i = 0; i < s.length(); ) {
            long d = GoStrings.decodeRune(s, i);
            if ((d >> 8) == 0xFFFD && (d & 0xFF) == 1) {
                return false;
            }
            i += (int) (d & 0xFF);
        }
        return true;
    }
}
