package gomini.lib;

import static gomini.lib.LibTestSupport.G;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.runtime.Iface;
import gomini.runtime.RuntimeError;
import gomini.types.Named;
import gomini.types.Types;
import org.junit.jupiter.api.Test;

/** Expected strings from Go 1.19 (println and unrecovered panics). */
class BuiltinPrintTest {
    @Test
    void floatsPrintLikeTheRuntime() {
        assertEquals("+3.500000e+000", BuiltinPrint.floatString(3.5));
        assertEquals("-1.000000e-003", BuiltinPrint.floatString(-0.001));
        assertEquals("+0.000000e+000", BuiltinPrint.floatString(0));
        assertEquals("+1.234568e+008", BuiltinPrint.floatString(123456789));
        assertEquals("+Inf", BuiltinPrint.floatString(Double.POSITIVE_INFINITY));
    }

    @Test
    void panicValues() {
        Named myInt = new Named("main", "MyInt", Types.INT);
        Named str = new Named("main", "S", Types.STRING);
        assertEquals("main.MyInt(5)", BuiltinPrint.panicValue(G, new Iface(myInt, 5L)));
        assertEquals("main.S(\"x\")", BuiltinPrint.panicValue(G, new Iface(str, "x")));
        assertEquals("42", BuiltinPrint.panicValue(G, new Iface(Types.INT, 42L)));
        assertEquals("+3.500000e+000", BuiltinPrint.panicValue(G, new Iface(Types.FLOAT64, 3.5)));
        assertEquals("boom", BuiltinPrint.panicValue(G, ErrorsPackage.newError("boom")));
        assertEquals("runtime error: integer divide by zero",
                BuiltinPrint.panicValue(G, new RuntimeError("runtime error: integer divide by zero", true)));
    }
}
