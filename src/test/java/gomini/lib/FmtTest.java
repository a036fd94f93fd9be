package gomini.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.runtime.ArrayValue;
import gomini.runtime.GoStrings;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.MapValue;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fmt engine against real Go. The expected strings come from Go 1.19: src/test/go/fmtcases/cases.py
 * writes main.go from the same table, runs it with go1.19 and prints the c(...) lines below.
 */
class FmtTest {
    static final Named POINT = new Named("main", "Point", Types.struct(List.of(
            new Struct.Field("X", Types.INT, false, null), new Struct.Field("Y", Types.INT, false, null))));
    static final Named CELSIUS = new Named("main", "Celsius", Types.FLOAT64);
    static final Named COLOR = new Named("main", "Color", Types.INT);
    static final Named MYERR = new Named("main", "MyErr", Types.struct(List.of(
            new Struct.Field("Code", Types.INT, false, null))));
    static final Named T = new Named("main", "T", Types.struct(List.of(
            new Struct.Field("Name", Types.STRING, false, null), new Struct.Field("age", Types.INT, false, null),
            new Struct.Field("P", Types.pointer(POINT), false, null))));
    static final Named E = new Named("main", "E", Types.struct(List.of()));
    static final Named PS = new Named("main", "PS", Types.struct(List.of(new Struct.Field("N", Types.INT, false, null))));
    static final Named HOLDER = new Named("main", "Holder", Types.struct(List.of(
            new Struct.Field("C", null, false, null))));
    static final Named NAME = new Named("main", "Name", Types.STRING);

    static {
        Func str = new Func("String", Types.signature(List.of(), List.of(Types.STRING), false), false);
        str.setImpl((gomini.runtime.GoFunc) (g, a) -> (Long) a[0] == 0 ? "Red" : "Green");
        COLOR.methods().add(str);
        Func err = new Func("Error", Types.signature(List.of(), List.of(Types.STRING), false), true);
        err.setImpl((gomini.runtime.GoFunc) (g, a) -> "code " + ((StructValue) a[0]).fields[0]);
        MYERR.methods().add(err);
        Func ps = new Func("String", Types.signature(List.of(), List.of(Types.STRING), false), true);
        ps.setImpl((gomini.runtime.GoFunc) (g, a) -> {
            if (a[0] == null) {
                throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
            }
            return "PS" + ((StructValue) a[0]).fields[0];
        });
        PS.methods().add(ps);
        Func nm = new Func("String", Types.signature(List.of(), List.of(Types.STRING), false), false);
        nm.setImpl((gomini.runtime.GoFunc) (g, a) -> "N(" + a[0] + ")");
        NAME.methods().add(nm);
        HOLDER.setUnderlying(Types.struct(List.of(new Struct.Field("C", COLOR, false, null),
                new Struct.Field("c", COLOR, false, null), new Struct.Field("E", Types.ERROR, false, null))));
    }

    static Iface name(String n) {
        return new Iface(NAME, n);
    }

    static Iface names(String... n) {
        return new Iface(Types.slice(NAME), new SliceValue(n.clone()));
    }

    static Iface psVal(long n) {
        return new Iface(PS, new StructValue(new Object[] {n}));
    }

    static Iface psPtr(long n) {
        return new Iface(Types.pointer(PS), new StructValue(new Object[] {n}));
    }

    static Iface psNil() {
        return new Iface(Types.pointer(PS), null);
    }

    static Iface psPtrs(long n) {
        return new Iface(Types.slice(Types.pointer(PS)), new SliceValue(new Object[] {new StructValue(new Object[] {n})}));
    }

    static Iface holder(long c1, long c2, Object err) {
        return new Iface(HOLDER, new StructValue(new Object[] {c1, c2, err}));
    }

    static Iface newErr(String msg) {
        return ErrorsPackage.newError(msg);
    }

    static Iface wrapped(String format, Object... args) {
        return FmtPackage.errorf(new Goroutine(1), format, args);
    }

    static Iface mci() {
        MapValue m = new MapValue(2);
        m.entries.put(1L, 2L);
        m.entries.put(0L, 1L);
        return new Iface(Types.map(COLOR, Types.INT), m);
    }

    static Iface anon() {
        Type t = Types.struct(List.of(new Struct.Field("A", Types.INT, false, null),
                new Struct.Field("B", Types.STRING, false, null)));
        return new Iface(t, new StructValue(new Object[] {1L, "x"}));
    }

    static Iface bools3() {
        return new Iface(Types.array(3, Types.BOOL), new ArrayValue(new Object[] {true, false, false}));
    }

    static Iface floats(double... v) {
        Object[] a = new Object[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = v[k];
        }
        return new Iface(Types.slice(Types.FLOAT64), new SliceValue(a));
    }

    static Iface nilStrs() {
        return new Iface(Types.slice(Types.STRING), null);
    }

    static Iface nilBytes() {
        return new Iface(Types.slice(Types.UINT8), null);
    }

    static Iface errs(Object... e) {
        return new Iface(Types.slice(Types.ERROR), new SliceValue(e.clone()));
    }

    static Iface msany() {
        MapValue m = new MapValue(1);
        m.entries.put("k", null);
        return new Iface(Types.map(Types.STRING, Types.ANY), m);
    }

    private void p(String expected, Object... args) {
        check("Sprint", expected, Printer.sprint(new Goroutine(1), args == null ? new Object[] {null} : args));
    }

    private void pln(String expected, Object... args) {
        check("Sprintln", expected, Printer.sprintln(new Goroutine(1), args == null ? new Object[] {null} : args));
    }

    private void check(String what, String expected, String got) {
        count++;
        String want = GoStrings.fromJava(expected);
        if (!want.equals(got)) {
            failures.add(new String[] {what, GoStrings.toJava(want), GoStrings.toJava(got)});
        }
    }

    private final List<String[]> failures = new ArrayList<>();
    private int count;

    static Iface i(long v) {
        return new Iface(Types.INT, v);
    }

    static Iface i8(long v) {
        return new Iface(Types.INT8, v);
    }

    static Iface i64(long v) {
        return new Iface(Types.INT64, v);
    }

    static Iface u8(long v) {
        return new Iface(Types.UINT8, v);
    }

    static Iface u32(long v) {
        return new Iface(Types.UINT32, v);
    }

    static Iface u64(long v) {
        return new Iface(Types.UINT64, v);
    }

    static Iface r(long v) {
        return new Iface(Types.INT32, v);
    }

    static Iface f(double v) {
        return new Iface(Types.FLOAT64, v);
    }

    static Iface f32(double v) {
        return new Iface(Types.FLOAT32, (double) (float) v);
    }

    static Iface b(boolean v) {
        return new Iface(Types.BOOL, v);
    }

    static Iface s(String v) {
        return new Iface(Types.STRING, GoStrings.fromJava(v));
    }

    static Iface celsius(double v) {
        return new Iface(CELSIUS, v);
    }

    static Iface color(long v) {
        return new Iface(COLOR, v);
    }

    static Iface colors(long... v) {
        Object[] a = new Object[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = v[k];
        }
        return new Iface(Types.slice(COLOR), new SliceValue(a));
    }

    static StructValue pt(long x, long y) {
        return new StructValue(new Object[] {x, y});
    }

    static Iface point(long x, long y) {
        return new Iface(POINT, pt(x, y));
    }

    static Iface pointPtr(long x, long y) {
        return new Iface(Types.pointer(POINT), pt(x, y));
    }

    static Iface ints(long... v) {
        Object[] a = new Object[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = v[k];
        }
        return new Iface(Types.slice(Types.INT), new SliceValue(a));
    }

    static Iface nilInts() {
        return new Iface(Types.slice(Types.INT), null);
    }

    static Iface arr2(long x, long y) {
        return new Iface(Types.array(2, Types.INT), new ArrayValue(new Object[] {x, y}));
    }

    static Iface strs(String... v) {
        Object[] a = new Object[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = GoStrings.fromJava(v[k]);
        }
        return new Iface(Types.slice(Types.STRING), new SliceValue(a));
    }

    static Iface bytes(String v) {
        return new Iface(Types.slice(Types.UINT8), Natives.byteSlice(GoStrings.fromJava(v)));
    }

    static Iface anys(Object... v) {
        return new Iface(Types.slice(Types.ANY), new SliceValue(v.clone()));
    }

    static Iface msi(Object... kv) {
        MapValue m = new MapValue(kv.length);
        for (int k = 0; k < kv.length; k += 2) {
            m.entries.put(GoStrings.fromJava((String) kv[k]), ((Integer) kv[k + 1]).longValue());
        }
        return new Iface(Types.map(Types.STRING, Types.INT), m);
    }

    static Iface nilMsi() {
        return new Iface(Types.map(Types.STRING, Types.INT), null);
    }

    static Iface mis(Object... kv) {
        MapValue m = new MapValue(kv.length);
        for (int k = 0; k < kv.length; k += 2) {
            m.entries.put(((Integer) kv[k]).longValue(), GoStrings.fromJava((String) kv[k + 1]));
        }
        return new Iface(Types.map(Types.INT, Types.STRING), m);
    }

    static Iface mps() {
        MapValue m = new MapValue(2);
        m.entries.put(pt(2, 1), "b");
        m.entries.put(pt(1, 2), "a");
        return new Iface(Types.map(POINT, Types.STRING), m);
    }

    static Iface myErr(long code) {
        return new Iface(Types.pointer(MYERR), new StructValue(new Object[] {code}));
    }

    static Iface tv(String name, long age, boolean withP) {
        return new Iface(T, new StructValue(new Object[] {name, age, withP ? pt(1, 2) : null}));
    }

    static Iface emptyStruct() {
        return new Iface(E, new StructValue(new Object[0]));
    }

    static Iface nested() {
        Type si = Types.slice(Types.INT);
        return new Iface(Types.slice(si), new SliceValue(new Object[] {
                new SliceValue(new Object[] {1L, 2L}), new SliceValue(new Object[] {3L})}));
    }

    static Iface raw(String goBytes) {
        return new Iface(Types.STRING, goBytes);
    }

    static Object ptrSliceMarker() {
        return null;
    }

    private void c(String expected, String format, Object... args) {
        count++;
        if (args == null) {
            args = new Object[] {null}; // c(want, fmt, null) passes a null array
        }
        String got = Printer.sprintf(new Goroutine(1), GoStrings.fromJava(format), args);
        String want = GoStrings.fromJava(expected);
        if (!want.equals(got)) {
            failures.add(new String[] {format, GoStrings.toJava(want), GoStrings.toJava(got)});
        }
    }

    @Test
    void shortestFloatsLikeGo() {
        // Go 1.19: fmt.Println(5e-324, 1e-323, float32(1e-45), 0.3, 2.5e-323, math.MaxFloat64, float32(math.MaxFloat32))
        pln("5e-324 1e-323 1e-45 0.3 2.5e-323 1.7976931348623157e+308 3.4028235e+38\n", f(Double.MIN_VALUE),
                f(1e-323), f32(1e-45), f(0.3), f(2.5e-323), f(Double.MAX_VALUE), f32(Float.MAX_VALUE));
        assertEquals("", failures.isEmpty() ? "" : failures.get(0)[1] + " != " + failures.get(0)[2]);
    }

    @Test
    void printfMatchesGo() {
        c("42", "%d", i(42));
        c("   42|42   |00042", "%5d|%-5d|%05d", i(42), i(42), i(42));
        c("+5  5 -5", "%+d % d %+d", i(5), i(5), i(-5));
        c("ff FF 10 0o10 101", "%x %X %o %O %b", i(255), i(255), i(8), i(8), i(5));
        c("0xff 0XFF 010 0b101", "%#x %#X %#o %#b", i(255), i(255), i(8), i(5));
        c("-ff", "%x", i(-255));
        c("007|   007|007   |", "%.3d|%6.3d|%-6.3d|%.0d", i(7), i(7), i(7), i(0));
        c("     007", "%08.3d", i(7));
        c("-0042", "%+05d", i(-42));
        c("18446744073709551615", "%d", u64(-1));
        c("-128", "%v", i8(-128));
        c("0xc8", "%#v", u8(200));
        c("A \u00e9 'x' U+1F600 U+0041 'A'", "%c %c %q %U %#U", r('A'), r(0xe9), r('x'), r(0x1F600), r('A'));
        c("'\u263a' '\\u263a'", "%q %+q", r(0x263A), r(0x263A));
        c("hi|        hi|hi        |h\u00e9", "%s|%10s|%-10s|%.2s", s("hi"), s("hi"), s("hi"), s("héllo"));
        c("\"a\\\"b\\n\" `abc` \"h\\u00e9llo\"", "%q %#q %+q", s("a\"b\n"), s("abc"), s("héllo"));
        c("6869 6869 68 69 0x6869", "%x %X % x %#x", s("hi"), s("hi"), s("hi"), s("hi"));
        c("true false", "%v %t", b(true), b(false));
        c("3.14 1e+06 1e-07 100 1.23456789e+08 0.0001", "%v %v %v %v %v %v", f(3.14), f(1e6), f(1e-7), f(100.0), f(123456789.0), f(0.0001));
        c("3.141590 3.14    3.142 2.5     | 1.234568e+03 1.230000E-04 1.235e+03", "%f %.2f %8.3f %-8.1f| %e %E %.3e", f(3.14159), f(3.14159), f(3.14159), f(2.5), f(1234.5678), f(0.000123), f(1234.5678));
        c("1e+21 1E-10 3.14 0.3333333333 100000", "%g %G %.3g %.10g %g", f(1e21), f(1e-10), f(3.14159), f(1.0/3), f(100000.0));
        c("+Inf -Inf NaN", "%v %v %v", f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(Double.NaN));
        c(" -2.2|002.2|+2.2| 2.2|-0003.50", "%5.1f|%05.1f|%+.1f|% .1f|%08.2f", f(-2.25), f(2.25), f(2.25), f(2.25), f(-3.5));
        c("2 4 0.1 1.00", "%.0f %.0f %.1f %.2f", f(2.5), f(3.5), f(0.05), f(1.005));
        c("0.1 3.14159", "%v %v", f32(0.1), f32(3.14159));
        c("36.6 36.60", "%v %.2f", celsius(36.6), celsius(36.6));
        c("1 1e+06 2.5", "%#v %#v %#v", f(1.0), f(1e6), f(2.5));
        c("   3.1|1E-20", "%6.2v|%G", f(3.14159), f(1e-20));
        c("{1 2} {X:1 Y:2} main.Point{X:1, Y:2}", "%v %+v %#v", point(1, 2), point(1, 2), point(1, 2));
        c("&{3 4} &{X:3 Y:4}", "%v %+v", pointPtr(3, 4), pointPtr(3, 4));
        c("&main.Point{X:3, Y:4}", "%#v", pointPtr(3, 4));
        c("[1 2 3] [1 2 3] [a b] []int{1, 2}", "%v %d %x %#v", ints(1, 2, 3), ints(1, 2, 3), ints(10, 11), ints(1, 2));
        c("[] []int(nil) [] [1 2]", "%v %#v %v %d", ints(), nilInts(), strs(), arr2(1, 2));
        c("[a b] [\"a\" \"b\"] []string{\"a\", \"b\"}", "%v %q %#v", strs("a", "b"), strs("a", "b"), strs("a", "b"));
        c("[104 105]|hi|6869|6869|68 69|\"hi\"|[]byte{0x68, 0x69}", "%v|%s|%x|%X|% x|%q|%#v", bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"));
        c("map[a:1 b:2 c:3] map[string]int{\"a\":1, \"b\":2}", "%v %#v", msi("b", 2, "a", 1, "c", 3), msi("b", 2, "a", 1));
        c("map[-1:y 3:z 10:x] map[]", "%v %v", mis(10, "x", -1, "y", 3, "z"), nilMsi());
        c("map[string]int(nil)", "%#v", nilMsi());
        c("Green Red 1", "%v %s %d", color(1), color(0), color(1));
        c("[Red Green]", "%v", colors(0, 1));
        c("code 7|code 8|code 9", "%v|%s|%v", myErr(7), myErr(8), myErr(9));
        c("{bob 3 <nil>} {Name:al age:4 P:<nil>}", "%v %+v", tv("bob", 3, false), tv("al", 4, false));
        c("main.T{Name:\"bob\", age:3, P:(*main.Point)(nil)}", "%#v", tv("bob", 3, false));
        c("{} {} main.E{}", "%v %+v %#v", emptyStruct(), emptyStruct(), emptyStruct());
        c("<nil> %!d(<nil>) %!s(<nil>) <nil> <nil>", "%v %d %s %#v %T", null, null, null, null, null);
        c("[1 a <nil> 2.5] []interface {}{1, \"a\", interface {}(nil)}", "%v %#v", anys(i(1), s("a"), null, f(2.5)), anys(i(1), s("a"), null));
        c("int string float64 []int map[string]int main.Point *main.Point", "%T %T %T %T %T %T %T", i(1), s("s"), f(2.5), ints(), msi(), point(0, 0), pointPtr(0, 0));
        c("bool []interface {} *main.MyErr", "%T %T %T", b(true), anys(), myErr(0));
        c("%!d(string=hi)", "%d", s("hi"));
        c("%!s(int=42)", "%s", i(42));
        c("%!z(int=42)", "%z", i(42));
        c("1 %!d(MISSING)", "%d %d", i(1));
        c("1%!(EXTRA int=2)", "%d", i(1), i(2));
        c("%!!(MISSING)", "%!");
        c("%!(NOVERB)", "%");
        c("100%", "100%%");
        c("%!t(int=1)", "%t", i(1));
        c("[%!d(string=a)]", "%d", strs("a"));
        c("%!s(<nil>)", "%s", null);
        c("%!d(bool=true)", "%d", b(true));
        c("   42|7   |3.14", "%*d|%-*d|%.*f", i(5), i(42), i(4), i(7), i(2), f(3.14159));
        c("2 1", "%[2]d %[1]d", i(1), i(2));
        c("%!d(BADINDEX)", "%[3]d", i(1), i(2));
        c(" 99.50%", "%6.2f%%", f(99.5));
        c("[[1 2] [3]]", "%v", nested());
        c("00000101|-10|ff", "%08b|%o|%x", i(5), i(-8), u8(255));
        c(" 1.235e+05|1.2e-05   |", "%10.3e|%-10.2g|", f(123456.789), f(0.000012345));
        c("1e+20 1.5e-05 1.2345678e+07", "%v %v %v", f(1e20), f(1.5e-5), f(12345678.0));
        c("-0 1.6777216e+07", "%v %v", f(-0.0), f32(16777216.0));
        c("68c3a96c6c6f ", "%x %X", s("héllo"), bytes(""));
        c(" true|false  |", "%5t|%-7v|", b(true), b(false));
        c("[    1     2]|{1     2    }|00042", "%5v|%-5v|%05v", ints(1, 2), point(1, 2), i(42));
        c("\"\\x00\\t\u00e9\ud83d\ude00\\xff\"", "%q", raw(GoStrings.fromJava("\u0000\t\u00e9\uD83D\uDE00") + "\u00ff"));
        c("Green [Red code 3]", "%s %v", color(1), anys(color(0), myErr(3)));
        c("map[{1 2}:a {2 1}:b]", "%v", mps());
        c("abc abc \"x\"", "%v %.3s %.1q", s("abc"), s("abcdef"), s("xyz"));
        c("0x6162 0x61 0x62", "%#x %# x", s("ab"), s("ab"));
        c("0.00e+00 5e+00 1.000000e+100", "%.2e %.0e %e", f(0.0), f(5.0), f(1e100));
        c("1e-05 1.234e-05 1.2e+02", "%g %g %.2g", f(1e-5), f(0.00001234), f(123.0));
        c("1.00000 2.00 3. 1.000000e+00", "%#g %#.3g %#.0f %#e", f(1.0), f(2.0), f(3.0), f(1.0));
        c("\"a\"     |     'b'|", "%-8q|%8q|", s("a"), r('b'));
        c("x|    y|z  |", "%c|%5c|%-3c|", r('x'), r('y'), r('z'));
        c("-9223372036854775808 4294967295", "%v %v", i64(Long.MIN_VALUE), u32(4294967295L));
        p("1 2ab3 Green 4N(n)5", i(1), i(2), s("a"), s("b"), i(3), color(1), i(4), name("n"), i(5));
        pln("a 1 <nil> {1 2} [3]\n", s("a"), i(1), null, point(1, 2), ints(3));
        p("");
        c("{3}|PS3|<nil>", "%v|%v|%v", psVal(3), psPtr(3), psNil());
        c("{Green 1 <nil>} {C:Red c:0 E:code 2}", "%v %+v", holder(1, 1, null), holder(0, 0, myErr(2)));
        c("[PS1] [PS2]", "%v %s", psPtrs(1), psPtrs(2));
        c("boom|x: y|\"q\"|477265656e", "%s|%v|%q|%x", newErr("boom"), wrapped("x: %w", newErr("y")), newErr("q"), color(1));
        c("map[Red:1 Green:2]", "%v", mci());
        c("{1 x} struct { A int; B string }{A:1, B:\"x\"}", "%v %#v", anon(), anon());
        c("[true false false] [1 2.5] []", "%v %v %v", bools3(), floats(1, 2.5), nilStrs());
        c("000ab|3    |    x|", "%05s|%-05d|%5.1s|", s("ab"), i(3), s("xyz"));
        c("|[]|[1 2]", "%s|%v|%d", nilBytes(), nilBytes(), bytes("\u0001\u0002"));
        c("N(z) [N(a)] main.Name", "%v %v %T", name("z"), names("a"), name("z"));
        c("  2.50|1.234e+03|+0.1", "%6.2f|%-8.3e|%+g", f32(2.5), f32(1234.5), f32(0.1));
        c("[<nil> e]", "%v", errs(null, newErr("e")));
        c("[]error{error(nil)} map[string]interface {}{\"k\":interface {}(nil)}", "%#v %#v", errs((Object) null), msany());
        StringBuilder sb = new StringBuilder();
        for (String[] f : failures) {
            sb.append(f[0]).append("\n  want: ").append(f[1]).append("\n  got:  ").append(f[2]).append('\n');
        }
        assertEquals("", sb.toString(), failures.size() + " of " + count + " cases differ");
    }
}
