package gomini.lib;

import gomini.runtime.GoPanic;

import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.List;

/** Package bytes: Buffer and the common []byte functions (over copies as Go byte-strings). */
public final class BytesPackage {
    private BytesPackage() {}

    /** bytes.Buffer: struct { buf unsafe.Pointer } holding a StringBuilder of bytes and a read offset. */
    public static final Named BUFFER = new Named("bytes", "Buffer",
            Types.struct(List.of(new Struct.Field("buf", StringsPackage.HIDDEN, false, null))));
    private static final Type BS = Types.slice(Types.BYTE);
    private static final Type PTR = Types.pointer(BUFFER);

    static {
        Natives.method(BUFFER, "WriteString", Natives.sig(List.of(Types.STRING), Natives.intError()), true,
                (g, a) -> write(a[0], (String) a[1]));
        Natives.method(BUFFER, "Write", Natives.sig(List.of(BS), Natives.intError()), true,
                (g, a) -> write(a[0], Natives.bytes(a[1])));
        Natives.method(BUFFER, "WriteByte", Natives.sig(List.of(Types.BYTE), List.of(Types.ERROR)), true, (g, a) -> {
            buf(a[0]).append((char) ((Long) a[1] & 0xFF));
            return null;
        });
        Natives.method(BUFFER, "WriteRune", Natives.sig(List.of(Types.RUNE), Natives.intError()), true,
                (g, a) -> write(a[0], Runes.encode((int) (long) (Long) a[1])));
        Natives.method(BUFFER, "String", Natives.sig(List.of(), List.of(Types.STRING)), true,
                (g, a) -> a[0] == null ? "<nil>" : buf(a[0]).toString());
        Natives.method(BUFFER, "Bytes", Natives.sig(List.of(), List.of(BS)), true,
                (g, a) -> Natives.byteSlice(buf(a[0]).toString()));
        Natives.method(BUFFER, "Len", Natives.sig(List.of(), List.of(Types.INT)), true,
                (g, a) -> (long) buf(a[0]).length());
        Natives.method(BUFFER, "Reset", Natives.sig(List.of(), List.of()), true, (g, a) -> {
            buf(a[0]).setLength(0);
            return null;
        });
        Natives.method(BUFFER, "Truncate", Natives.sig(List.of(Types.INT), List.of()), true, (g, a) -> {
            long n = (Long) a[1];
            StringBuilder b = buf(a[0]);
            if (n < 0 || n > b.length()) {
                throw Natives.panicString("bytes.Buffer: truncation out of range");
            }
            b.setLength((int) n);
            return null;
        });
        Natives.method(BUFFER, "Grow", Natives.sig(List.of(Types.INT), List.of()), true, (g, a) -> {
            StringBuilder b = buf(a[0]);
            b.ensureCapacity(b.length() + (int) (long) (Long) a[1]);
            return null;
        });
        Natives.method(BUFFER, "ReadString", Natives.sig(List.of(Types.BYTE), List.of(Types.STRING, Types.ERROR)),
                true, (g, a) -> {
                    StringBuilder b = buf(a[0]);
                    int i = b.indexOf(String.valueOf((char) ((Long) a[1] & 0xFF)));
                    String s = i < 0 ? b.toString() : b.substring(0, i + 1);
                    b.delete(0, s.length());
                    return new Object[] {s, i < 0 ? IoPackage.EOF : null};
                });
    }

    private static StringBuilder buf(Object recv) {
        if (recv == null) {
            throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        StructValue sv = (StructValue) recv;
        if (sv.fields[0] == null) {
            sv.fields[0] = new StringBuilder();
        }
        return (StringBuilder) sv.fields[0];
    }

    private static Object[] write(Object recv, String s) {
        buf(recv).append(s);
        return new Object[] {(long) s.length(), null};
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("bytes");
        p.type("Buffer", BUFFER);
        p.func("NewBufferString", Natives.sig(List.of(Types.STRING), List.of(PTR)),
                (g, a) -> new StructValue(new Object[] {new StringBuilder((String) a[0])}));
        p.func("NewBuffer", Natives.sig(List.of(BS), List.of(PTR)),
                (g, a) -> new StructValue(new Object[] {new StringBuilder(Natives.bytes(a[0]))}));
        p.func("Equal", Natives.sig(List.of(BS, BS), List.of(Types.BOOL)),
                (g, a) -> Natives.bytes(a[0]).equals(Natives.bytes(a[1])));
        p.func("Compare", Natives.sig(List.of(BS, BS), List.of(Types.INT)),
                (g, a) -> (long) Integer.signum(Natives.bytes(a[0]).compareTo(Natives.bytes(a[1]))));
        p.func("Contains", Natives.sig(List.of(BS, BS), List.of(Types.BOOL)),
                (g, a) -> Natives.bytes(a[0]).contains(Natives.bytes(a[1])));
        p.func("Index", Natives.sig(List.of(BS, BS), List.of(Types.INT)),
                (g, a) -> (long) Natives.bytes(a[0]).indexOf(Natives.bytes(a[1])));
        p.func("HasPrefix", Natives.sig(List.of(BS, BS), List.of(Types.BOOL)),
                (g, a) -> Natives.bytes(a[0]).startsWith(Natives.bytes(a[1])));
        p.func("HasSuffix", Natives.sig(List.of(BS, BS), List.of(Types.BOOL)),
                (g, a) -> Natives.bytes(a[0]).endsWith(Natives.bytes(a[1])));
        p.func("ToUpper", Natives.sig(List.of(BS), List.of(BS)),
                (g, a) -> Natives.byteSlice(Runes.map(Natives.bytes(a[0]), Runes::toUpper)));
        p.func("ToLower", Natives.sig(List.of(BS), List.of(BS)),
                (g, a) -> Natives.byteSlice(Runes.map(Natives.bytes(a[0]), Runes::toLower)));
        p.func("TrimSpace", Natives.sig(List.of(BS), List.of(BS)), (g, a) -> Natives.byteSlice(
                StringsPackage.trimFunc(Natives.bytes(a[0]), Runes::isSpace, true, true)));
        return p;
    }

}
