package gomini.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gomini.interp.nodes.ExprNode;
import gomini.interp.nodes.IntOps;
import gomini.interp.nodes.Leaves;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import org.junit.jupiter.api.Test;

class NodeSemanticsTest {
    private final Frame frame = new Frame(new FunctionCode("main.f", "prog.go", 1, false), new Object[0], new Goroutine(1));

    private static ExprNode c(long v) {
        return Leaves.constant(v);
    }

    @Test
    void narrowIntegersWrap() {
        assertEquals(-128, new IntOps.WrapNode(new IntOps.AddNode(c(127), c(1)), 8, true).evalLong(frame));
        assertEquals(0, new IntOps.WrapNode(new IntOps.AddNode(c(255), c(1)), 8, false).evalLong(frame));
        assertEquals(4294967295L, new IntOps.WrapNode(new IntOps.SubNode(c(0), c(1)), 32, false).evalLong(frame));
        assertEquals(-128, new IntOps.WrapNode(new IntOps.DivNode(c(-128), c(-1)), 8, true).evalLong(frame));
    }

    @Test
    void shiftsFollowGo() {
        assertEquals(0, new IntOps.ShlNode(c(1), c(64), false).evalLong(frame));
        assertEquals(-1, new IntOps.ShrNode(c(-8), c(100), false).evalLong(frame));
        assertEquals(0, new IntOps.UShrNode(c(-1), c(64), true).evalLong(frame));
        GoPanic p = assertThrows(GoPanic.class, () -> new IntOps.ShlNode(c(1), c(-1), false).evalLong(frame));
        assertEquals("runtime error: negative shift amount", p.value().toString());
    }

    @Test
    void unsignedDivisionAndZeroDivisor() {
        assertEquals(Long.divideUnsigned(-1L, 3), new IntOps.UDivNode(c(-1), c(3)).evalLong(frame));
        GoPanic p = assertThrows(GoPanic.class, () -> new IntOps.DivNode(c(1), c(0)).evalLong(frame));
        assertEquals("runtime error: integer divide by zero", p.value().toString());
    }

    @Test
    void appendGrowthMatchesGo() {
        StringBuilder sb = new StringBuilder();
        int cap = 0;
        for (int len = 1; len <= 10; len++) {
            if (len > cap) {
                cap = Slices.grownCap(cap, len, 16);
            }
            sb.append(cap).append(' ');
        }
        assertEquals("1 2 4 4 8 8 8 8 16 16 ", sb.toString());
        assertEquals(8, Slices.grownCap(0, 1, 1));
        assertEquals(3, Slices.grownCap(0, 3, 8));
        assertEquals(848, Slices.grownCap(512, 513, 8));
    }

    @Test
    void printFloatsAsGoPrintDoes() {
        assertEquals("+1.500000e+000", PrintFormat.floatText(1.5));
        assertEquals("-2.000000e-003", PrintFormat.floatText(-0.002));
        assertEquals("+0.000000e+000", PrintFormat.floatText(0));
    }
}
