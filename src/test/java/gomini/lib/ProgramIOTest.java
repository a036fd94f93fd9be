package gomini.lib;

import static gomini.lib.LibTestSupport.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.ProgramIO;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Types;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Natives write to the program's own streams, reached through the goroutine. */
class ProgramIOTest {
    static class Captured implements ProgramIO {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream outPs = new PrintStream(out, true);
        final PrintStream errPs = new PrintStream(err, true);
        int exitCode = -1;

        @Override
        public PrintStream stdout() {
            return outPs;
        }

        @Override
        public PrintStream stderr() {
            return errPs;
        }

        @Override
        public InputStream stdin() {
            return InputStream.nullInputStream();
        }

        @Override
        public List<String> args() {
            return List.of("prog", "x");
        }

        @Override
        public void exit(int code) {
            exitCode = code;
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    private static Object call(Goroutine g, String pkg, String name, Object... args) {
        return ((GoPackage.FuncMember) Registry.lookup(pkg).member(name)).impl().call(g, args);
    }

    private static SliceValue anys(Object... a) {
        return new SliceValue(a);
    }

    @Test
    void fmtAndOsWriteBytesToTheProgramStreams() {
        Captured io = new Captured();
        Goroutine g = new Goroutine(1);
        g.setIo(io);
        call(g, "fmt", "Println", anys(new Iface(Types.STRING, go("héllo")), new Iface(Types.INT, 3L)));
        call(g, "fmt", "Print", anys(new Iface(Types.INT, 1L), new Iface(Types.INT, 2L), new Iface(Types.STRING, "a"),
                new Iface(Types.STRING, "b\n")));
        Object stderr = ((GoPackage.VarMember) Registry.lookup("os").member("Stderr")).initial().apply(io);
        call(g, "fmt", "Fprintf", new Iface(OsPackage.FILE_PTR, stderr), "e=%d\n", anys(new Iface(Types.INT, 5L)));
        assertEquals("héllo 3\n1 2ab\n", io.out());
        assertEquals("e=5\n", io.err());
        Object args = ((GoPackage.VarMember) Registry.lookup("os").member("Args")).initial().apply(io);
        assertEquals(2, ((SliceValue) args).len);
        call(g, "os", "Exit", 3L);
        assertEquals(3, io.exitCode);
    }

    @Test
    void logWritesPrefixAndMessageToStderr() {
        Captured io = new Captured();
        Goroutine g = new Goroutine(1);
        g.setIo(io);
        call(g, "log", "SetFlags", 0L);
        call(g, "log", "SetPrefix", "app: ");
        call(g, "log", "Println", anys(new Iface(Types.STRING, "hi"), new Iface(Types.INT, 2L)));
        assertEquals("app: hi 2\n", io.err());
        assertThrows(GoPanic.class, () -> call(g, "log", "Panicf", "bad %d", anys(new Iface(Types.INT, 1L))));
        call(g, "log", "Fatal", anys(new Iface(Types.STRING, "x")));
        assertEquals(1, io.exitCode);
        Captured other = new Captured();
        Goroutine g2 = new Goroutine(1);
        g2.setIo(other);
        call(g2, "log", "Print", anys(new Iface(Types.STRING, "y")));
        assertEquals(20 + 2, other.err().length(), "another program's logger keeps the default flags: " + other.err());
    }

    @Test
    void loggerFlagsShortfileAndMsgprefix() {
        Captured io = new Captured();
        Goroutine g = new Goroutine(1);
        g.setIo(io);
        g.stack().push("main.main", false, "/tmp/prog/main.go", 12);
        call(g, "log", "SetFlags", (long) (LogPackage.LSHORTFILE | LogPackage.LMSGPREFIX));
        call(g, "log", "SetPrefix", "p: ");
        call(g, "log", "Print", anys(new Iface(Types.STRING, "m\n")));
        assertEquals("main.go:12: p: m\n", io.err());
        Object stdout = ((GoPackage.VarMember) Registry.lookup("os").member("Stdout")).initial().apply(io);
        Object l = call(g, "log", "New", new Iface(OsPackage.FILE_PTR, stdout), "[x] ", 0L);
        gomini.runtime.Methods.lookup(Types.pointer(LogPackage.LOGGER), "Printf").call(g, new Object[] {l, "%d!",
            anys(new Iface(Types.INT, 7L))});
        assertEquals("[x] 7!\n", io.out());
    }

    @Test
    void seededRandIsReproducible() {
        Goroutine g = new Goroutine(1);
        Object src1 = call(g, "math/rand", "NewSource", 42L);
        Object src2 = call(g, "math/rand", "NewSource", 42L);
        StructValue r1 = (StructValue) call(g, "math/rand", "New", src1);
        StructValue r2 = (StructValue) call(g, "math/rand", "New", src2);
        gomini.runtime.GoFunc intn = gomini.runtime.Methods.lookup(Types.pointer(RandPackage.RAND), "Intn");
        long a = (Long) intn.call(g, new Object[] {r1, 1000L});
        long b = (Long) intn.call(g, new Object[] {r2, 1000L});
        assertEquals(a, b);
        SliceValue perm = (SliceValue) call(g, "math/rand", "Perm", 10L);
        long sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (Long) perm.get(i);
        }
        assertEquals(45, sum);
        assertThrows(GoPanic.class, () -> call(g, "math/rand", "Intn", 0L));
        assertNotEquals(null, call(g, "math/rand", "Float64"));
    }
}
