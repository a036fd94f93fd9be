package gomini.lib;

import gomini.check.Constant;
import gomini.runtime.GoStrings;
import gomini.types.Signature;
import gomini.types.Types;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** Package unicode: rune classes and case mapping. */
public final class UnicodePackage {
    private UnicodePackage() {}

    private static final Signature PRED = Natives.sig(List.of(Types.RUNE), List.of(Types.BOOL));
    private static final Signature MAP = Natives.sig(List.of(Types.RUNE), List.of(Types.RUNE));

    public static GoPackage create() {
        GoPackage p = new GoPackage("unicode");
        p.constant("MaxRune", Types.UNTYPED_RUNE, Constant.of(0x10FFFF));
        p.constant("ReplacementChar", Types.UNTYPED_RUNE, Constant.of(0xFFFD));
        p.constant("MaxASCII", Types.UNTYPED_RUNE, Constant.of(0x7F));
        p.constant("MaxLatin1", Types.UNTYPED_RUNE, Constant.of(0xFF));
        pred(p, "IsUpper", Runes::isUpper);
        pred(p, "IsLower", Runes::isLower);
        pred(p, "IsTitle", Runes::isTitle);
        pred(p, "IsLetter", Runes::isLetter);
        pred(p, "IsDigit", Runes::isDigit);
        pred(p, "IsNumber", Runes::isNumber);
        pred(p, "IsSpace", Runes::isSpace);
        pred(p, "IsPunct", Runes::isPunct);
        pred(p, "IsSymbol", Runes::isSymbol);
        pred(p, "IsControl", Runes::isControl);
        pred(p, "IsPrint", GoStrings::isPrint);
        pred(p, "IsGraphic", r -> GoStrings.isPrint(r) || (r > 0x7F && r <= 0x10FFFF
                && Character.getType(r) == Character.SPACE_SEPARATOR));
        map(p, "ToUpper", Runes::toUpper);
        map(p, "ToLower", Runes::toLower);
        map(p, "ToTitle", Runes::toTitle);
        return p;
    }

    private static void pred(GoPackage p, String name, IntPredicate f) {
        p.func(name, PRED, (g, a) -> {
            long r = (Long) a[0];
            return r >= 0 && r <= 0x10FFFF && f.test((int) r);
        });
    }

    private static void map(GoPackage p, String name, IntUnaryOperator f) {
        p.func(name, MAP, (g, a) -> (long) f.applyAsInt((int) (long) (Long) a[0]));
    }
}
