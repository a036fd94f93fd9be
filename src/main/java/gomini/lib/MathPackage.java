package gomini.lib;

import gomini.check.Constant;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Package math: float64 functions and the numeric limit constants. */
public final class MathPackage {
    private MathPackage() {}

    private static final Type F = Types.FLOAT64;
    private static final Signature F_F = Natives.sig(List.of(F), List.of(F));
    private static final Signature FF_F = Natives.sig(List.of(F, F), List.of(F));

    public static GoPackage create() {
        GoPackage p = new GoPackage("math");
        floatConst(p, "Pi", "3.14159265358979323846264338327950288419716939937510582097494459");
        floatConst(p, "E", "2.71828182845904523536028747135266249775724709369995957496696763");
        floatConst(p, "Phi", "1.61803398874989484820458683436563811772030917980576286213544862");
        floatConst(p, "Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974");
        floatConst(p, "SqrtE", "1.64872127070012814684865078831848151570013513659993163817896302");
        floatConst(p, "SqrtPi", "1.77245385090551602729816748334114518279754945612238712821380779");
        floatConst(p, "SqrtPhi", "1.27201964951406896425242246173749149171560804184009624861664038");
        floatConst(p, "Ln2", "0.693147180559945309417232121458176568075500134360255254120680009");
        floatConst(p, "Log2E", "1.44269504088896340735992468100189213742664595415298593413544940");
        floatConst(p, "Ln10", "2.30258509299404568401799145468436010799740848893760364892303");
        floatConst(p, "Log10E", "0.43429448190325182765112891891660508229439700580366656611445378");
        p.constant("MaxFloat64", Types.UNTYPED_FLOAT, new Constant.Float(new BigDecimal(Double.MAX_VALUE)));
        p.constant("SmallestNonzeroFloat64", Types.UNTYPED_FLOAT, new Constant.Float(new BigDecimal(Double.MIN_VALUE)));
        p.constant("MaxFloat32", Types.UNTYPED_FLOAT, new Constant.Float(new BigDecimal(Float.MAX_VALUE)));
        p.constant("SmallestNonzeroFloat32", Types.UNTYPED_FLOAT, new Constant.Float(new BigDecimal(Float.MIN_VALUE)));
        intConst(p, "MaxInt", BigInteger.valueOf(Long.MAX_VALUE));
        intConst(p, "MinInt", BigInteger.valueOf(Long.MIN_VALUE));
        intConst(p, "MaxInt8", BigInteger.valueOf(Byte.MAX_VALUE));
        intConst(p, "MinInt8", BigInteger.valueOf(Byte.MIN_VALUE));
        intConst(p, "MaxInt16", BigInteger.valueOf(Short.MAX_VALUE));
        intConst(p, "MinInt16", BigInteger.valueOf(Short.MIN_VALUE));
        intConst(p, "MaxInt32", BigInteger.valueOf(Integer.MAX_VALUE));
        intConst(p, "MinInt32", BigInteger.valueOf(Integer.MIN_VALUE));
        intConst(p, "MaxInt64", BigInteger.valueOf(Long.MAX_VALUE));
        intConst(p, "MinInt64", BigInteger.valueOf(Long.MIN_VALUE));
        intConst(p, "MaxUint8", BigInteger.valueOf(255));
        intConst(p, "MaxUint16", BigInteger.valueOf(65535));
        intConst(p, "MaxUint32", BigInteger.valueOf(4294967295L));
        intConst(p, "MaxUint64", BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        intConst(p, "MaxUint", BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));

        f1(p, "Sqrt", Math::sqrt);
        f1(p, "Abs", Math::abs);
        f1(p, "Floor", Math::floor);
        f1(p, "Ceil", Math::ceil);
        f1(p, "Trunc", MathPackage::trunc);
        f1(p, "Round", MathPackage::round);
        f1(p, "RoundToEven", Math::rint);
        f1(p, "Log", Math::log);
        f1(p, "Log2", MathPackage::log2);
        f1(p, "Log10", Math::log10);
        f1(p, "Log1p", Math::log1p);
        f1(p, "Exp", Math::exp);
        f1(p, "Exp2", x -> Math.pow(2, x));
        f1(p, "Expm1", Math::expm1);
        f1(p, "Sin", Math::sin);
        f1(p, "Cos", Math::cos);
        f1(p, "Tan", Math::tan);
        f1(p, "Asin", Math::asin);
        f1(p, "Acos", Math::acos);
        f1(p, "Atan", Math::atan);
        f1(p, "Sinh", Math::sinh);
        f1(p, "Cosh", Math::cosh);
        f1(p, "Tanh", Math::tanh);
        f1(p, "Cbrt", Math::cbrt);
        f2(p, "Pow", MathPackage::pow);
        f2(p, "Atan2", Math::atan2);
        f2(p, "Hypot", Math::hypot);
        f2(p, "Mod", (x, y) -> x % y);
        f2(p, "Remainder", Math::IEEEremainder);
        f2(p, "Max", MathPackage::max);
        f2(p, "Min", MathPackage::min);
        f2(p, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 ? 0 : v;
        });
        f2(p, "Copysign", Math::copySign);
        p.func("Inf", Natives.sig(List.of(Types.INT), List.of(F)),
                (g, a) -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        p.func("NaN", Natives.sig(List.of(), List.of(F)), (g, a) -> Double.NaN);
        p.func("IsNaN", Natives.sig(List.of(F), List.of(Types.BOOL)), (g, a) -> Double.isNaN((Double) a[0]));
        p.func("IsInf", Natives.sig(List.of(F, Types.INT), List.of(Types.BOOL)), (g, a) -> {
            double f = (Double) a[0];
            long sign = (Long) a[1];
            return (sign >= 0 && f == Double.POSITIVE_INFINITY) || (sign <= 0 && f == Double.NEGATIVE_INFINITY);
        });
        p.func("Signbit", Natives.sig(List.of(F), List.of(Types.BOOL)),
                (g, a) -> Double.doubleToRawLongBits((Double) a[0]) < 0);
        p.func("Modf", Natives.sig(List.of(F), List.of(F, F)), (g, a) -> {
            double f = (Double) a[0];
            double ip = trunc(f);
            double frac = Double.isInfinite(f) ? Double.NaN : Math.copySign(f - ip, f);
            return new Object[] {ip, frac};
        });
        p.func("Float64bits", Natives.sig(List.of(F), List.of(Types.UINT64)),
                (g, a) -> Double.doubleToRawLongBits((Double) a[0]));
        p.func("Float64frombits", Natives.sig(List.of(Types.UINT64), List.of(F)),
                (g, a) -> Double.longBitsToDouble((Long) a[0]));
        p.func("Float32bits", Natives.sig(List.of(Types.FLOAT32), List.of(Types.UINT32)),
                (g, a) -> Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFFFFFFL);
        p.func("Float32frombits", Natives.sig(List.of(Types.UINT32), List.of(Types.FLOAT32)),
                (g, a) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
        return p;
    }

    private static void floatConst(GoPackage p, String name, String digits) {
        p.constant(name, Types.UNTYPED_FLOAT, new Constant.Float(new BigDecimal(digits)));
    }

    private static void intConst(GoPackage p, String name, BigInteger v) {
        p.constant(name, Types.UNTYPED_INT, new Constant.Int(v));
    }

    private static void f1(GoPackage p, String name, DoubleUnaryOperator f) {
        p.func(name, F_F, (g, a) -> f.applyAsDouble((Double) a[0]));
    }

    private static void f2(GoPackage p, String name, DoubleBinaryOperator f) {
        p.func(name, FF_F, (g, a) -> f.applyAsDouble((Double) a[0], (Double) a[1]));
    }

    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** Half away from zero. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) {
            t += Math.copySign(1, x);
        }
        return t == 0 ? Math.copySign(0, x) : t;
    }

    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && (bits >>> 52) != 0) {
                return (double) ((bits >>> 52) - 1023);
            }
        }
        return Math.log(x) / Math.log(2);
    }

    private static double pow(double x, double y) {
        if (x == 1) {
            return 1; // Go: Pow(1, y) = 1 for any y, even NaN
        }
        return Math.pow(x, y);
    }

    private static double max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(x, y);
    }

    private static double min(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.min(x, y);
    }
}
