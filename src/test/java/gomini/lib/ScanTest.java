package gomini.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gomini.runtime.Cell;
import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.SliceValue;
import gomini.types.Types;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bufio and fmt's scanning, over strings.Reader and the program's stdin. */
class ScanTest {
    private static Object call(Goroutine g, String pkg, String name, Object... args) {
        return ((GoPackage.FuncMember) Registry.lookup(pkg).member(name)).impl().call(g, args);
    }

    private static GoFunc method(gomini.types.Named n, String name) {
        return Methods.lookup(Types.pointer(n), name);
    }

    @Test
    void scannerOverStdinLinesAndWords() {
        ProgramIOTest.Captured io = new ProgramIOTest.Captured() {
            final InputStream in = new ByteArrayInputStream("first line\r\nsecond  wörd\nlast".getBytes(StandardCharsets.UTF_8));

            @Override
            public InputStream stdin() {
                return in;
            }
        };
        Goroutine g = new Goroutine(1);
        g.setIo(io);
        Object stdin = ((GoPackage.VarMember) Registry.lookup("os").member("Stdin")).initial().apply(io);
        Object sc = call(g, "bufio", "NewScanner", new Iface(OsPackage.FILE_PTR, stdin));
        GoFunc scan = method(BufioPackage.SCANNER, "Scan");
        GoFunc text = method(BufioPackage.SCANNER, "Text");
        StringBuilder lines = new StringBuilder();
        while ((Boolean) scan.call(g, new Object[] {sc})) {
            lines.append('[').append(LibTestSupport.java((String) text.call(g, new Object[] {sc}))).append(']');
        }
        assertEquals("[first line][second  wörd][last]", lines.toString());
        assertNull(method(BufioPackage.SCANNER, "Err").call(g, new Object[] {sc}));
    }

    @Test
    void scannerWordsOverStringsReader() {
        Goroutine g = new Goroutine(1);
        Object r = call(g, "strings", "NewReader", " a  bb\tccc \n");
        Object sc = call(g, "bufio", "NewScanner", new Iface(Types.pointer(StringsPackage.READER), r));
        GoFunc words = ((GoPackage.FuncMember) Registry.lookup("bufio").member("ScanWords")).impl();
        method(BufioPackage.SCANNER, "Split").call(g, new Object[] {sc, words});
        StringBuilder out = new StringBuilder();
        while ((Boolean) method(BufioPackage.SCANNER, "Scan").call(g, new Object[] {sc})) {
            out.append(method(BufioPackage.SCANNER, "Text").call(g, new Object[] {sc})).append('|');
        }
        assertEquals("a|bb|ccc|", out.toString());
    }

    @Test
    void sscanAndSscanf() {
        Goroutine g = new Goroutine(1);
        Cell a = new Cell(0L);
        Cell b = new Cell(0L);
        Cell s = new Cell("");
        Object[] r = (Object[]) call(g, "fmt", "Sscanf", "3-4 abc", "%d-%d %s", new SliceValue(new Object[] {
            new Iface(Types.pointer(Types.INT), a), new Iface(Types.pointer(Types.INT), b),
            new Iface(Types.pointer(Types.STRING), s)}));
        assertEquals(3L, r[0]);
        assertNull(r[1]);
        assertEquals(3L, a.value);
        assertEquals(4L, b.value);
        assertEquals("abc", s.value);
        Cell f = new Cell(0.0);
        r = (Object[]) call(g, "fmt", "Sscan", " 2.5\n 7", new SliceValue(new Object[] {
            new Iface(Types.pointer(Types.FLOAT64), f), new Iface(Types.pointer(Types.INT), a)}));
        assertEquals(2L, r[0]);
        assertEquals(2.5, f.value);
        assertEquals(7L, a.value);
        r = (Object[]) call(g, "fmt", "Sscan", "", new SliceValue(new Object[] {new Iface(Types.pointer(Types.INT), a)}));
        assertSame(IoPackage.EOF, r[1]);
        r = (Object[]) call(g, "fmt", "Sscan", "x", new SliceValue(new Object[] {new Iface(Types.pointer(Types.INT), a)}));
        assertEquals("expected integer", LibTestSupport.errString(r[1]));
    }

    @Test
    void bufferedWriterFlushesToStdout() {
        ProgramIOTest.Captured io = new ProgramIOTest.Captured();
        Goroutine g = new Goroutine(1);
        g.setIo(io);
        Object stdout = ((GoPackage.VarMember) Registry.lookup("os").member("Stdout")).initial().apply(io);
        Object w = call(g, "bufio", "NewWriter", new Iface(OsPackage.FILE_PTR, stdout));
        call(g, "fmt", "Fprintf", new Iface(Types.pointer(BufioPackage.WRITER), w), "n=%d\n",
                new SliceValue(new Object[] {new Iface(Types.INT, 1L)}));
        assertEquals("", io.out());
        method(BufioPackage.WRITER, "Flush").call(g, new Object[] {w});
        assertEquals("n=1\n", io.out());
    }
}
