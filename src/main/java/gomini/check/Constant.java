package gomini.check;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact value of a constant expression. Integer constants (and runes) are BigIntegers and float
 * constants BigDecimals, so untyped arithmetic is exact as the spec asks; strings are gomini byte
 * strings (see GoStrings).
 */
public sealed interface Constant {
    record Int(BigInteger value) implements Constant {}

    record Float(BigDecimal value) implements Constant {}

    record Str(String value) implements Constant {}

    record Bool(boolean value) implements Constant {}

    static Constant of(long v) {
        return new Int(BigInteger.valueOf(v));
    }
}
