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

    /** os.Signal: interface { Signal(); String() string }. */
    public static final Named SIGNAL = new Named("os", "Signal", Types.iface(List.of(
            new gomini.types.Interface.Method("Signal", Natives.sig(List.of(), List.of())),
            new gomini.types.Interface.Method("String", Natives.sig(List.of(), List.of(Types.STRING))))));
    /** os.Process: struct { Pid int }; a *os.Process is its StructValue. */
    public static final Named PROCESS = new Named("os", "Process",
            Types.struct(List.of(new Struct.Field("Pid", Types.INT, false, null))));

    static {
        Natives.method(PROCESS, "Signal", Natives.sig(List.of(SIGNAL), List.of(Types.ERROR)), true,
                (g, a) -> signal(a[0], a[1]));
        Natives.method(PROCESS, "Kill", Natives.sig(List.of(), List.of(Types.ERROR)), true,
                (g, a) -> signal(a[0], new gomini.runtime.Iface(SyscallPackage.SIGNAL, 9L)));
        Natives.method(PROCESS, "Release", Natives.sig(List.of(), List.of(Types.ERROR)), true, (g, a) -> null);
    }

    /** p.Signal(sig): a syscall.Signal to process p.Pid (see Signals.send). */
    private static Object signal(Object p, Object sig) {
        if (p == null) {
            return ErrorsPackage.newError("os: process not initialized");
        }
        if (!(sig instanceof gomini.runtime.Iface iv) || iv.type() != SyscallPackage.SIGNAL) {
            return ErrorsPackage.newError("os: unsupported signal type");
        }
        long pid = (Long) ((StructValue) p).fields[0];
        String err = Signals.send(pid, (Long) iv.value());
        return err == null ? null : ErrorsPackage.newError("os: " + err);
    }

    static {
        Natives.method(FILE, "Write", Natives.sig(List.of(Types.slice(Types.BYTE)), Natives.intError()), true,
                (g, a) -> write(g, a[0], Natives.bytes(a[1])));
        Natives.method(FILE, "WriteString", Natives.sig(List.of(Types.STRING), Natives.intError()), true,
                (g, a) -> write(g, a[0], (String) a[1]));
        Natives.method(FILE, "Read", Natives.sig(List.of(Types.slice(Types.BYTE)), Natives.intError()), true,
                (g, a) -> read(g, a[0], (gomini.runtime.SliceValue) a[1]));
        Natives.method(FILE, "Close", Natives.sig(List.of(), List.of(Types.ERROR)), true, (g, a) -> null);
        Natives.method(FILE, "Name", Natives.sig(List.of(), List.of(Types.STRING)), true, (g, a) -> {
            long fd = (Long) ((StructValue) a[0]).fields[0];
            return fd == 0 ? "/dev/stdin" : fd == 1 ? "/dev/stdout" : "/dev/stderr";
        });
    }

    static final gomini.runtime.Iface ERR_NOT_EXIST = ErrorsPackage.newError("file does not exist");
    static final gomini.runtime.Iface ERR_EXIST = ErrorsPackage.newError("file already exists");
    static final gomini.runtime.Iface ERR_PERMISSION = ErrorsPackage.newError("permission denied");

    public static GoPackage create() {
        GoPackage p = new GoPackage("os");
        p.var("ErrNotExist", Types.ERROR, io -> ERR_NOT_EXIST);
        p.var("ErrExist", Types.ERROR, io -> ERR_EXIST);
        p.var("ErrPermission", Types.ERROR, io -> ERR_PERMISSION);
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
        p.type("Signal", SIGNAL);
        p.type("Process", PROCESS);
        p.var("Interrupt", SIGNAL, io -> new gomini.runtime.Iface(SyscallPackage.SIGNAL, 2L));
        p.var("Kill", SIGNAL, io -> new gomini.runtime.Iface(SyscallPackage.SIGNAL, 9L));
        p.func("Getpid", Natives.sig(List.of(), List.of(Types.INT)), (g, a) -> ProcessHandle.current().pid());
        p.func("Getppid", Natives.sig(List.of(), List.of(Types.INT)),
                (g, a) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        // On Unix FindProcess always succeeds, whether or not the process exists (Go's documentation).
        p.func("FindProcess", Natives.sig(List.of(Types.INT), List.of(Types.pointer(PROCESS), Types.ERROR)),
                (g, a) -> new Object[] {new StructValue(new Object[] {a[0]}), null});
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
        if (g != null) {
            g.checkTerminated();
        }
        ProgramIO io = ProgramIO.of(g);
        PrintStream out = fd == 2 ? io.stderr() : fd == 1 ? io.stdout() : null;
        if (out == null) {
            return new Object[] {0L, ErrorsPackage.newError("write /dev/stdin: bad file descriptor")};
        }
        writeString(out, s);
        return new Object[] {(long) s.length(), null};
    }

    /** (*File).Read: only stdin can be read. */
    private static Object[] read(Goroutine g, Object f, gomini.runtime.SliceValue b) {
        if (f == null || (Long) ((StructValue) f).fields[0] != 0L) {
            return new Object[] {0L, ErrorsPackage.newError("read: bad file descriptor")};
        }
        int n = b == null ? 0 : b.len;
        if (n == 0) {
            return new Object[] {0L, null};
        }
        byte[] buf = new byte[n];
        int got;
        try {
            got = ProgramIO.readStdinOrThrow(g, ProgramIO.of(g).stdin(), buf, n);
        } catch (java.io.IOException e) {
            return new Object[] {0L, ErrorsPackage.newError("read /dev/stdin: " + e.getMessage())};
        }
        if (got < 0) {
            return new Object[] {0L, IoPackage.EOF};
        }
        for (int i = 0; i < got; i++) {
            b.set(i, (long) (buf[i] & 0xFF));
        }
        return new Object[] {(long) got, null};
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
