package gomini.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings from Go 1.19 (println). */
class BuiltinPrintTest {
    @Test
    void floatsPrintLikeTheRuntime() {
        assertEquals("+3.500000e+000", BuiltinPrint.floatString(3.5));
        assertEquals("-1.000000e-003", BuiltinPrint.floatString(-0.001));
        assertEquals("+0.000000e+000", BuiltinPrint.floatString(0));
        assertEquals("+1.234568e+008", BuiltinPrint.floatString(123456789));
        assertEquals("+Inf", BuiltinPrint.floatString(Double.POSITIVE_INFINITY));
    }
}
