package gomini.lib;

import static gomini.lib.LibTestSupport.G;
import static gomini.lib.LibTestSupport.call;
import static gomini.lib.LibTestSupport.errString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.runtime.Cell;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Types;
import org.junit.jupiter.api.Test;

/** Expected outputs from Go 1.19 (multiple %w as in Go 1.20+). */
class ErrorsTest {
    private static SliceValue args(Object... a) {
        return new SliceValue(a);
    }

    @Test
    void newIsWrapUnwrap() {
        Object e1 = call("errors", "New", "x");
        Object e2 = call("errors", "New", "x");
        assertFalse(e1.equals(e2), "two errors.New values are distinct pointers");
        Object w = call("fmt", "Errorf", "wrap: %w", args(e1));
        assertEquals("wrap: x", errString(w));
        assertEquals(true, call("errors", "Is", w, e1));
        assertEquals(false, call("errors", "Is", w, e2));
        assertSame(e1, call("errors", "Unwrap", w));
        assertEquals("*fmt.wrapError *errors.errorString",
                Printer.sprintf(G, "%T %T", new Object[] {w, e1}));
        Object plain = call("fmt", "Errorf", "n=%d", args(new Iface(Types.INT, 3L)));
        assertEquals("n=3", errString(plain));
        assertEquals(null, call("errors", "Unwrap", plain));
        Object two = call("fmt", "Errorf", "%w + %w", args(e1, e2));
        assertEquals("x + x", errString(two));
        assertEquals(true, call("errors", "Is", two, e2));
    }

    @Test
    void asSetsTarget() {
        Object[] r = (Object[]) call("strconv", "Atoi", "zz");
        Object w = call("fmt", "Errorf", "ctx: %w", args(r[1]));
        Cell target = new Cell(null);
        assertTrue((Boolean) call("errors", "As", w,
                new Iface(Types.pointer(Types.pointer(StrconvPackage.NUM_ERROR)), target)));
        assertEquals("Atoi", ((StructValue) target.value).fields[0]);
        Cell asErr = new Cell(null);
        assertTrue((Boolean) call("errors", "As", w, new Iface(Types.pointer(Types.ERROR), asErr)));
        assertSame(w, asErr.value);
    }
}
