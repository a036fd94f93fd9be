package gomini.lib;

import gomini.check.Constant;
import gomini.runtime.CallStack;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.ProgramIO;
import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** Package log: the standard logger (one per program, writing to its stderr) and *log.Logger. */
public final class LogPackage {
    private LogPackage() {}

    static final int LDATE = 1, LTIME = 2, LMICRO = 4, LLONGFILE = 8, LSHORTFILE = 16, LUTC = 32, LMSGPREFIX = 64;

    /** A logger's settings; out null means the program's stderr. */
    static final class State {
        Object out;
        String prefix = "";
        int flags = LDATE | LTIME;
    }

    public static final Named LOGGER = new Named("log", "Logger", Types.struct(List.of(
            new Struct.Field("state", StringsPackage.HIDDEN, false, null))));
    private static final Type PTR = Types.pointer(LOGGER);

    /** The standard logger of each running program. */
    private static final Map<ProgramIO, StructValue> STD = new WeakHashMap<>();

    private static synchronized StructValue std(Goroutine g) {
        return STD.computeIfAbsent(ProgramIO.of(g), io -> new StructValue(new Object[] {new State()}));
    }

    private static State state(Object logger) {
        StructValue sv = (StructValue) logger;
        if (sv.fields[0] == null) {
            sv.fields[0] = new State();
        }
        return (State) sv.fields[0];
    }

    private interface Action {
        Object run(Goroutine g, Object logger, Object[] a, int off);
    }

    private record Member(String name, Signature sig, Action action) {}

    public static GoPackage create() {
        GoPackage p = new GoPackage("log");
        p.type("Logger", LOGGER);
        int[] vals = {LDATE, LTIME, LMICRO, LLONGFILE, LSHORTFILE, LUTC, LMSGPREFIX, LDATE | LTIME};
        String[] names = {"Ldate", "Ltime", "Lmicroseconds", "Llongfile", "Lshortfile", "LUTC", "Lmsgprefix",
            "LstdFlags"};
        for (int i = 0; i < vals.length; i++) {
            p.constant(names[i], Types.UNTYPED_INT, Constant.of(vals[i]));
        }
        p.func("New", Natives.sig(List.of(IoPackage.WRITER, Types.STRING, Types.INT), List.of(PTR)), (g, a) -> {
            State s = new State();
            s.out = a[0];
            s.prefix = (String) a[1];
            s.flags = (int) (long) (Long) a[2];
            return new StructValue(new Object[] {s});
        });
        p.func("Default", Natives.sig(List.of(), List.of(PTR)), (g, a) -> std(g));
        for (Member m : members()) {
            p.func(m.name, m.sig, (g, a) -> m.action.run(g, std(g), a, 0));
            Natives.method(LOGGER, m.name, m.sig, true, (g, a) -> m.action.run(g, a[0], a, 1));
        }
        return p;
    }

    private static List<Member> members() {
        Type any = Types.ANY;
        Type s = Types.STRING;
        return List.of(
                new Member("Print", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> output(g, l, Printer.sprint(g, Printer.elems(a[o])))),
                new Member("Println", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> output(g, l, Printer.sprintln(g, Printer.elems(a[o])))),
                new Member("Printf", Natives.variadic(List.of(s), any, List.of()),
                        (g, l, a, o) -> output(g, l, Printer.sprintf(g, (String) a[o], Printer.elems(a[o + 1])))),
                new Member("Fatal", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> fatal(g, l, Printer.sprint(g, Printer.elems(a[o])))),
                new Member("Fatalln", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> fatal(g, l, Printer.sprintln(g, Printer.elems(a[o])))),
                new Member("Fatalf", Natives.variadic(List.of(s), any, List.of()),
                        (g, l, a, o) -> fatal(g, l, Printer.sprintf(g, (String) a[o], Printer.elems(a[o + 1])))),
                new Member("Panic", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> panic(g, l, Printer.sprint(g, Printer.elems(a[o])))),
                new Member("Panicln", Natives.variadic(List.of(), any, List.of()),
                        (g, l, a, o) -> panic(g, l, Printer.sprintln(g, Printer.elems(a[o])))),
                new Member("Panicf", Natives.variadic(List.of(s), any, List.of()),
                        (g, l, a, o) -> panic(g, l, Printer.sprintf(g, (String) a[o], Printer.elems(a[o + 1])))),
                new Member("SetFlags", Natives.sig(List.of(Types.INT), List.of()), (g, l, a, o) -> {
                    state(l).flags = (int) (long) (Long) a[o];
                    return null;
                }),
                new Member("Flags", Natives.sig(List.of(), List.of(Types.INT)), (g, l, a, o) -> (long) state(l).flags),
                new Member("SetPrefix", Natives.sig(List.of(s), List.of()), (g, l, a, o) -> {
                    state(l).prefix = (String) a[o];
                    return null;
                }),
                new Member("Prefix", Natives.sig(List.of(), List.of(s)), (g, l, a, o) -> state(l).prefix),
                new Member("SetOutput", Natives.sig(List.of(IoPackage.WRITER), List.of()), (g, l, a, o) -> {
                    state(l).out = a[o];
                    return null;
                }),
                new Member("Writer", Natives.sig(List.of(), List.of(IoPackage.WRITER)), (g, l, a, o) -> {
                    Object out = state(l).out;
                    return out != null ? out : new Iface(OsPackage.FILE_PTR, new StructValue(new Object[] {2L}));
                }));
    }

    private static Object output(Goroutine g, Object logger, String msg) {
        State s = state(logger);
        StringBuilder sb = new StringBuilder();
        if ((s.flags & LMSGPREFIX) == 0) {
            sb.append(s.prefix);
        }
        if ((s.flags & (LDATE | LTIME | LMICRO)) != 0) {
            LocalDateTime t = (s.flags & LUTC) != 0 ? LocalDateTime.now(java.time.ZoneOffset.UTC) : LocalDateTime.now();
            if ((s.flags & LDATE) != 0) {
                sb.append(String.format("%04d/%02d/%02d ", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
            }
            if ((s.flags & (LTIME | LMICRO)) != 0) {
                sb.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                if ((s.flags & LMICRO) != 0) {
                    sb.append(String.format(".%06d", t.getNano() / 1000));
                }
                sb.append(' ');
            }
        }
        if ((s.flags & (LSHORTFILE | LLONGFILE)) != 0) {
            String file = "???";
            int line = 0;
            CallStack cs = g == null ? null : g.stack();
            if (cs != null && cs.depth() > 0) {
                file = cs.file(cs.depth() - 1);
                line = cs.line(cs.depth() - 1);
                if ((s.flags & LSHORTFILE) != 0 && file != null) {
                    file = file.substring(file.lastIndexOf('/') + 1);
                }
            }
            sb.append(file).append(':').append(line).append(": ");
        }
        if ((s.flags & LMSGPREFIX) != 0) {
            sb.append(s.prefix);
        }
        sb.append(msg);
        if (msg.isEmpty() || msg.charAt(msg.length() - 1) != '\n') {
            sb.append('\n');
        }
        if (s.out == null) {
            if (g != null) {
                g.checkTerminated();
            }
            OsPackage.writeString(ProgramIO.of(g).stderr(), sb.toString());
        } else {
            IoPackage.write(g, s.out, sb.toString());
        }
        return null;
    }

    private static Object fatal(Goroutine g, Object logger, String msg) {
        output(g, logger, msg);
        ProgramIO.of(g).exit(1);
        return null;
    }

    private static Object panic(Goroutine g, Object logger, String msg) {
        output(g, logger, msg);
        throw new GoPanic(new Iface(Types.STRING, msg));
    }
}
