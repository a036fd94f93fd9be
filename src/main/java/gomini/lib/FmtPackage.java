package gomini.lib;

import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.ProgramIO;
import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Package fmt: the Print, Sprint, Fprint families and Errorf (formatting is done by Printer). */
public final class FmtPackage {
    private FmtPackage() {}

    /** fmt.wrapError: struct { msg string; err error }, what Errorf makes for one %w. */
    static final Named WRAP_ERROR = new Named("fmt", "wrapError", Types.struct(List.of(
            new Struct.Field("msg", Types.STRING, false, null), new Struct.Field("err", Types.ERROR, false, null))));
    /** fmt.wrapErrors: struct { msg string; errs []error }, for several %w. */
    static final Named WRAP_ERRORS = new Named("fmt", "wrapErrors", Types.struct(List.of(
            new Struct.Field("msg", Types.STRING, false, null),
            new Struct.Field("errs", Types.slice(Types.ERROR), false, null))));
    /** fmt.Stringer. */
    public static final Named STRINGER = new Named("fmt", "Stringer", Types.iface(List.of(
            new gomini.types.Interface.Method("String", Natives.sig(List.of(), List.of(Types.STRING))))));

    static {
        Natives.method(WRAP_ERROR, "Error", Natives.sig(List.of(), List.of(Types.STRING)), true,
                (g, a) -> ((StructValue) a[0]).fields[0]);
        Natives.method(WRAP_ERROR, "Unwrap", Natives.sig(List.of(), List.of(Types.ERROR)), true,
                (g, a) -> ((StructValue) a[0]).fields[1]);
        Natives.method(WRAP_ERRORS, "Error", Natives.sig(List.of(), List.of(Types.STRING)), true,
                (g, a) -> ((StructValue) a[0]).fields[0]);
        Natives.method(WRAP_ERRORS, "Unwrap", Natives.sig(List.of(), List.of(Types.slice(Types.ERROR))), true,
                (g, a) -> ((StructValue) a[0]).fields[1]);
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("fmt");
        Type any = Types.ANY;
        List<Type> nErr = Natives.intError();
        p.type("Stringer", STRINGER);
        p.func("Print", Natives.variadic(List.of(), any, nErr),
                (g, a) -> out(g, Printer.sprint(g, Printer.elems(a[0]))));
        p.func("Println", Natives.variadic(List.of(), any, nErr),
                (g, a) -> out(g, Printer.sprintln(g, Printer.elems(a[0]))));
        p.func("Printf", Natives.variadic(List.of(Types.STRING), any, nErr),
                (g, a) -> out(g, Printer.sprintf(g, (String) a[0], Printer.elems(a[1]))));
        p.func("Sprint", Natives.variadic(List.of(), any, List.of(Types.STRING)),
                (g, a) -> Printer.sprint(g, Printer.elems(a[0])));
        p.func("Sprintln", Natives.variadic(List.of(), any, List.of(Types.STRING)),
                (g, a) -> Printer.sprintln(g, Printer.elems(a[0])));
        p.func("Sprintf", Natives.variadic(List.of(Types.STRING), any, List.of(Types.STRING)),
                (g, a) -> Printer.sprintf(g, (String) a[0], Printer.elems(a[1])));
        p.func("Fprint", Natives.variadic(List.of(IoPackage.WRITER), any, nErr),
                (g, a) -> IoPackage.write(g, a[0], Printer.sprint(g, Printer.elems(a[1]))));
        p.func("Fprintln", Natives.variadic(List.of(IoPackage.WRITER), any, nErr),
                (g, a) -> IoPackage.write(g, a[0], Printer.sprintln(g, Printer.elems(a[1]))));
        p.func("Fprintf", Natives.variadic(List.of(IoPackage.WRITER, Types.STRING), any, nErr),
                (g, a) -> IoPackage.write(g, a[0], Printer.sprintf(g, (String) a[1], Printer.elems(a[2]))));
        Type in = IoPackage.READER;
        p.func("Sscan", Natives.variadic(List.of(Types.STRING), any, nErr),
                (g, a) -> FmtScan.sscan((String) a[0], Printer.elems(a[1]), true));
        p.func("Sscanln", Natives.variadic(List.of(Types.STRING), any, nErr),
                (g, a) -> FmtScan.sscan((String) a[0], Printer.elems(a[1]), false));
        p.func("Sscanf", Natives.variadic(List.of(Types.STRING, Types.STRING), any, nErr),
                (g, a) -> FmtScan.ofString((String) a[0]).scanf((String) a[1], Printer.elems(a[2])));
        p.func("Scan", Natives.variadic(List.of(), any, nErr), (g, a) -> FmtScan.fscan(g, stdin(), Printer.elems(a[0]), true));
        p.func("Scanln", Natives.variadic(List.of(), any, nErr),
                (g, a) -> FmtScan.fscan(g, stdin(), Printer.elems(a[0]), false));
        p.func("Scanf", Natives.variadic(List.of(Types.STRING), any, nErr),
                (g, a) -> FmtScan.ofSource(ByteSource.of(g, stdin())).scanf((String) a[0], Printer.elems(a[1])));
        p.func("Fscan", Natives.variadic(List.of(in), any, nErr),
                (g, a) -> FmtScan.fscan(g, a[0], Printer.elems(a[1]), true));
        p.func("Fscanln", Natives.variadic(List.of(in), any, nErr),
                (g, a) -> FmtScan.fscan(g, a[0], Printer.elems(a[1]), false));
        p.func("Fscanf", Natives.variadic(List.of(in, Types.STRING), any, nErr),
                (g, a) -> FmtScan.ofSource(ByteSource.of(g, a[0])).scanf((String) a[1], Printer.elems(a[2])));
        p.func("Errorf", Natives.variadic(List.of(Types.STRING), any, List.of(Types.ERROR)),
                (g, a) -> errorf(g, (String) a[0], Printer.elems(a[1])));
        return p;
    }

    private static Iface stdin() {
        return new Iface(OsPackage.FILE_PTR, new StructValue(new Object[] {0L}));
    }

    private static Object[] out(Goroutine g, String s) {
        if (g != null) {
            g.checkTerminated(); // a goroutine still printing after main returned must not write
        }
        OsPackage.writeString(ProgramIO.of(g).stdout(), s);
        return new Object[] {(long) s.length(), null};
    }

    static Iface errorf(Goroutine g, String format, Object[] args) {
        Printer p = new Printer(g);
        p.enableWrap();
        p.doPrintf(format, args);
        String s = p.buf.toString();
        List<Integer> w = p.wrapped();
        if (w.isEmpty()) {
            return ErrorsPackage.newError(s);
        }
        if (w.size() == 1) {
            Object e = args[w.get(0)];
            Object err = e instanceof Iface iv && ErrorsPackage.isError(iv) ? iv : null;
            return new Iface(Types.pointer(WRAP_ERROR), new StructValue(new Object[] {s, err}));
        }
        List<Integer> idx = new ArrayList<>(w);
        idx.sort(null);
        List<Object> errs = new ArrayList<>();
        for (int i = 0; i < idx.size(); i++) {
            if (i > 0 && idx.get(i - 1).equals(idx.get(i))) {
                continue;
            }
            if (args[idx.get(i)] instanceof Iface iv && ErrorsPackage.isError(iv)) {
                errs.add(iv);
            }
        }
        return new Iface(Types.pointer(WRAP_ERRORS), new StructValue(new Object[] {s, Natives.slice(errs)}));
    }
}
