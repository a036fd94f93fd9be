package gomini.lib;

import static gomini.lib.LibTestSupport.call;
import static gomini.lib.LibTestSupport.errString;
import static gomini.lib.LibTestSupport.go;
import static gomini.lib.LibTestSupport.java;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected outputs from Go 1.19. */
class StrconvTest {
    @Test
    void atoiErrorsPrintAsGo() {
        Object[] r = (Object[]) call("strconv", "Atoi", "abc");
        assertEquals(0L, r[0]);
        assertEquals("strconv.Atoi: parsing \"abc\": invalid syntax", errString(r[1]));
        r = (Object[]) call("strconv", "Atoi", "99999999999999999999");
        assertEquals(Long.MAX_VALUE, r[0]);
        assertEquals("strconv.Atoi: parsing \"99999999999999999999\": value out of range", errString(r[1]));
        r = (Object[]) call("strconv", "Atoi", "-42");
        assertEquals(-42L, r[0]);
        assertNull(r[1]);
    }

    @Test
    void parseIntBasesAndRanges() {
        Object[] r = (Object[]) call("strconv", "ParseInt", "-0x1F", 0L, 64L);
        assertEquals(-31L, r[0]);
        r = (Object[]) call("strconv", "ParseInt", "300", 10L, 8L);
        assertEquals(127L, r[0]);
        assertEquals("strconv.ParseInt: parsing \"300\": value out of range", errString(r[1]));
        r = (Object[]) call("strconv", "ParseUint", "18446744073709551615", 10L, 64L);
        assertEquals(-1L, r[0]);
        r = (Object[]) call("strconv", "ParseInt", "1_000", 0L, 64L);
        assertEquals(1000L, r[0]);
    }

    @Test
    void parseFloatAndBool() {
        Object[] r = (Object[]) call("strconv", "ParseFloat", "1.5x", 64L);
        assertEquals("strconv.ParseFloat: parsing \"1.5x\": invalid syntax", errString(r[1]));
        r = (Object[]) call("strconv", "ParseFloat", "1e400", 64L);
        assertEquals(Double.POSITIVE_INFINITY, r[0]);
        assertEquals("strconv.ParseFloat: parsing \"1e400\": value out of range", errString(r[1]));
        r = (Object[]) call("strconv", "ParseFloat", "-2.5e-3", 64L);
        assertEquals(-2.5e-3, r[0]);
        r = (Object[]) call("strconv", "ParseBool", "yes");
        assertEquals("strconv.ParseBool: parsing \"yes\": invalid syntax", errString(r[1]));
        assertTrue(ErrorsPackage.is(LibTestSupport.G, r[1], StrconvPackage.ERR_SYNTAX));
    }

    @Test
    void formatting() {
        assertEquals("\"héllo\\n\\x01\"", java((String) call("strconv", "Quote", go("héllo\n\u0001"))));
        assertEquals("3", call("strconv", "FormatFloat", 3.0, (long) 'f', -1L, 64L));
        assertEquals("0.33333", call("strconv", "FormatFloat", 1.0 / 3, (long) 'g', 5L, 64L));
        assertEquals("-ff", call("strconv", "FormatInt", -255L, 16L));
        assertEquals("'☺'", java((String) call("strconv", "QuoteRune", 0x263AL)));
        Object[] r = (Object[]) call("strconv", "Unquote", "\"a\\tb\"");
        assertEquals("a\tb", r[0]);
    }
}
