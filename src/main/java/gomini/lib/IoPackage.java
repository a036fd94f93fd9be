package gomini.lib;

import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.GoFunc;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Types;
import java.util.List;

/** Package io: the Writer, Reader and Closer interfaces and their combinations, EOF, and writing a Go string to any Writer. */
public final class IoPackage {
    private IoPackage() {}

    public static final Named WRITER = new Named("io", "Writer", Types.iface(List.of(new Interface.Method("Write",
            Types.signature(List.of(Types.slice(Types.BYTE)), List.of(Types.INT, Types.ERROR), false)))));
    public static final Named READER = new Named("io", "Reader", Types.iface(List.of(new Interface.Method("Read",
            Types.signature(List.of(Types.slice(Types.BYTE)), List.of(Types.INT, Types.ERROR), false)))));
    public static final Named STRING_WRITER = new Named("io", "StringWriter", Types.iface(List.of(
            new Interface.Method("WriteString",
                    Types.signature(List.of(Types.STRING), List.of(Types.INT, Types.ERROR), false)))));

    public static final Named CLOSER = new Named("io", "Closer", Types.iface(List.of(new Interface.Method("Close",
            Types.signature(List.of(), List.of(Types.ERROR), false)))));
    public static final Named READ_WRITER = new Named("io", "ReadWriter",
            Types.iface(List.of(((Interface) READER.underlying()).methods().get(0),
                    ((Interface) WRITER.underlying()).methods().get(0))));
    public static final Named READ_CLOSER = new Named("io", "ReadCloser",
            Types.iface(List.of(((Interface) READER.underlying()).methods().get(0),
                    ((Interface) CLOSER.underlying()).methods().get(0))));
    public static final Named WRITE_CLOSER = new Named("io", "WriteCloser",
            Types.iface(List.of(((Interface) WRITER.underlying()).methods().get(0),
                    ((Interface) CLOSER.underlying()).methods().get(0))));

    static final Iface EOF = ErrorsPackage.newError("EOF");

    public static GoPackage create() {
        GoPackage p = new GoPackage("io");
        p.type("Writer", WRITER);
        p.type("Reader", READER);
        p.type("StringWriter", STRING_WRITER);
        p.type("Closer", CLOSER);
        p.type("ReadWriter", READ_WRITER);
        p.type("ReadCloser", READ_CLOSER);
        p.type("WriteCloser", WRITE_CLOSER);
        p.var("EOF", Types.ERROR, io -> EOF);
        p.func("WriteString", Natives.sig(List.of(WRITER, Types.STRING), Natives.intError()),
                (g, a) -> write(g, a[0], (String) a[1]));
        return p;
    }

    /** w.Write([]byte(s)) for an io.Writer interface value; returns Write's (n, err). */
    public static Object[] write(Goroutine g, Object w, String s) {
        if (w instanceof Iface iv && iv.type() == OsPackage.FILE_PTR) {
            return OsPackage.write(g, iv.value(), s);
        }
        if (!(w instanceof Iface iv)) {
            throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        GoFunc m = Methods.lookup(iv.type(), "Write");
        Object r = m.call(g, new Object[] {iv.value(), Natives.byteSlice(s)});
        return (Object[]) r;
    }
}
