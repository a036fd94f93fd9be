package gomini.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.lib.ErrorsPackage;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.RuntimeError;
import gomini.types.Named;
import gomini.types.Types;
import org.junit.jupiter.api.Test;

/** What follows "panic: " for each kind of value; expected strings from Go 1.19. */
class PanicValueTest {
    private static final Goroutine G = new Goroutine(1);

    @Test
    void panicValues() {
        Named myInt = new Named("main", "MyInt", Types.INT);
        Named str = new Named("main", "S", Types.STRING);
        assertEquals("main.MyInt(5)", Panics.valueText(new Iface(myInt, 5L), G));
        assertEquals("main.S(\"x\")", Panics.valueText(new Iface(str, "x"), G));
        assertEquals("42", Panics.valueText(new Iface(Types.INT, 42L), G));
        assertEquals("+3.500000e+000", Panics.valueText(new Iface(Types.FLOAT64, 3.5), G));
        assertEquals("boom", Panics.valueText(ErrorsPackage.newError("boom"), G));
        assertEquals("runtime error: integer divide by zero",
                Panics.valueText(new RuntimeError("runtime error: integer divide by zero", true), G));
    }
}
