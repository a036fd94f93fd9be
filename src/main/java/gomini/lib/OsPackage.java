package gomini.lib;

import gomini.runtime.Goroutine;
import gomini.runtime.ProgramIO;
import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Package os: Args, Exit, Getenv, LookupEnv, Environ, Stdin, Stdout, Stderr (*os.File with Write, WriteString). */
public final class OsPackage {
    private OsPackage() {}

    /** os.File: struct { fd int }; a *os.File is its StructValue. */
    public static final Named FILE = new Named("os", "File",
            Types.struct(List.of(new Struct.Field("fd", Types.INT, false, null))));
    public static final Type FILE_PTR = Types.pointer(FILE);

    static {
        Natives.method(FILE, "Write", Natives.sig(List.of(Types.slice(Types.BYTE)), Natives.intError()), true,
                (g, a) -> write(g, a[0], Natives.bytes(a[1])));
        Natives.method(FILE, "WriteString", Natives.sig(List.of(Types.STRING), Natives.intError()), true,
                (g, a) -> write(g, a[0], (String) a[1]));
        Natives.method(FILE, "Name", Natives.sig(List.of(), List.of(Types.STRING)), true, (g, a) -> {
            long fd = (Long) ((StructValue) a[0]).fields[0];
            return fd == 0 ? "/dev/stdin" : fd == 1 ? "/dev/stdout" : "/dev/stderr";
        });
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("os");
        p.type("File", FILE);
        p.var("Stdin", FILE_PTR, io -> new StructValue(new Object[] {0L}));
        p.var("Stdout", FILE_PTR, io -> new StructValue(new Object[] {1L}));
        p.var("Stderr", FILE_PTR, io -> new StructValue(new Object[] {2L}));
        p.var("Args", Types.slice(Types.STRING), io -> {
            List<Object> args = new ArrayList<>();
            for (String s : io.args()) {
                args.add(gomini.runtime.GoStrings.fromJava(s));
            }
            return Natives.slice(args);
        });
        p.func("Exit", Natives.sig(List.of(Types.INT), List.of()), (g, a) -> {
            ProgramIO.of(g).exit((int) (long) (Long) a[0]);
            return null;
        });
        p.func("Getenv", Natives.sig(List.of(Types.STRING), List.of(Types.STRING)), (g, a) -> {
            String v = ProgramIO.of(g).env().get(gomini.runtime.GoStrings.toJava((String) a[0]));
            return v == null ? "" : gomini.runtime.GoStrings.fromJava(v);
        });
        p.func("LookupEnv", Natives.sig(List.of(Types.STRING), List.of(Types.STRING, Types.BOOL)), (g, a) -> {
            String v = ProgramIO.of(g).env().get(gomini.runtime.GoStrings.toJava((String) a[0]));
            return new Object[] {v == null ? "" : gomini.runtime.GoStrings.fromJava(v), v != null};
        });
        p.func("Environ", Natives.sig(List.of(), List.of(Types.slice(Types.STRING))), (g, a) -> {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<String, String> e : ProgramIO.of(g).env().entrySet()) {
                out.add(gomini.runtime.GoStrings.fromJava(e.getKey() + "=" + e.getValue()));
            }
            return Natives.slice(out);
        });
        return p;
    }

    /** Writes the bytes of Go string s to the file f (a *os.File); returns (n, err). */
    static Object[] write(Goroutine g, Object f, String s) {
        if (f == null) {
            return new Object[] {0L, ErrorsPackage.newError("invalid argument")};
        }
        long fd = (Long) ((StructValue) f).fields[0];
        ProgramIO io = ProgramIO.of(g);
        PrintStream out = fd == 2 ? io.stderr() : fd == 1 ? io.stdout() : null;
        if (out == null) {
            return new Object[] {0L, ErrorsPackage.newError("write /dev/stdin: bad file descriptor")};
        }
        writeString(out, s);
        return new Object[] {(long) s.length(), null};
    }

    /** Writes a Go byte-string: each char is one byte. */
    public static void writeString(PrintStream out, String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        out.write(b, 0, b.length);
    }
}
