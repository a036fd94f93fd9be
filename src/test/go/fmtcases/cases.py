# Printf cases shared by the Go program (run with Go 1.19 to get the expected output) and FmtTest.
# Each case: (format, Go args, Java args). Regenerate with: python3 cases.py
import json, subprocess, os
C = [
 ("%d", "42", "i(42)"), ("%5d|%-5d|%05d", "42, 42, 42", "i(42), i(42), i(42)"),
 ("%+d % d %+d", "5, 5, -5", "i(5), i(5), i(-5)"), ("%x %X %o %O %b", "255, 255, 8, 8, 5", "i(255), i(255), i(8), i(8), i(5)"),
 ("%#x %#X %#o %#b", "255, 255, 8, 5", "i(255), i(255), i(8), i(5)"), ("%x", "-255", "i(-255)"),
 ("%.3d|%6.3d|%-6.3d|%.0d", "7, 7, 7, 0", "i(7), i(7), i(7), i(0)"), ("%08.3d", "7", "i(7)"), ("%+05d", "-42", "i(-42)"),
 ("%d", "uint64(18446744073709551615)", "u64(-1)"), ("%v", "int8(-128)", "i8(-128)"), ("%#v", "uint8(200)", "u8(200)"),
 ("%c %c %q %U %#U", "'A', 'é', 'x', 0x1F600, 'A'", "r('A'), r(0xe9), r('x'), r(0x1F600), r('A')"),
 ("%q %+q", "'☺', '☺'", "r(0x263A), r(0x263A)"),
 ("%s|%10s|%-10s|%.2s", '"hi", "hi", "hi", "héllo"', 's("hi"), s("hi"), s("hi"), s("héllo")'),
 ("%q %#q %+q", '"a\\"b\\n", "abc", "héllo"', 's("a\\"b\\n"), s("abc"), s("héllo")'),
 ("%x %X % x %#x", '"hi", "hi", "hi", "hi"', 's("hi"), s("hi"), s("hi"), s("hi")'),
 ("%v %t", "true, false", "b(true), b(false)"),
 ("%v %v %v %v %v %v", "3.14, 1e6, 1e-7, 100.0, 123456789.0, 0.0001", "f(3.14), f(1e6), f(1e-7), f(100.0), f(123456789.0), f(0.0001)"),
 ("%f %.2f %8.3f %-8.1f| %e %E %.3e", "3.14159, 3.14159, 3.14159, 2.5, 1234.5678, 0.000123, 1234.5678", "f(3.14159), f(3.14159), f(3.14159), f(2.5), f(1234.5678), f(0.000123), f(1234.5678)"),
 ("%g %G %.3g %.10g %g", "1e21, 1e-10, 3.14159, 1.0/3, 100000.0", "f(1e21), f(1e-10), f(3.14159), f(1.0/3), f(100000.0)"),
 ("%v %v %v", "math.Inf(1), math.Inf(-1), math.NaN()", "f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(Double.NaN)"),
 ("%5.1f|%05.1f|%+.1f|% .1f|%08.2f", "-2.25, 2.25, 2.25, 2.25, -3.5", "f(-2.25), f(2.25), f(2.25), f(2.25), f(-3.5)"),
 ("%.0f %.0f %.1f %.2f", "2.5, 3.5, 0.05, 1.005", "f(2.5), f(3.5), f(0.05), f(1.005)"),
 ("%v %v", "float32(0.1), float32(3.14159)", "f32(0.1), f32(3.14159)"),
 ("%v %.2f", "Celsius(36.6), Celsius(36.6)", "celsius(36.6), celsius(36.6)"),
 ("%#v %#v %#v", "1.0, 1e6, 2.5", "f(1.0), f(1e6), f(2.5)"),
 ("%6.2v|%G", "3.14159, 1e-20", "f(3.14159), f(1e-20)"),
 ("%v %+v %#v", "Point{1, 2}, Point{1, 2}, Point{1, 2}", "point(1, 2), point(1, 2), point(1, 2)"),
 ("%v %+v", "&Point{3, 4}, &Point{3, 4}", "pointPtr(3, 4), pointPtr(3, 4)"),
 ("%#v", "&Point{3, 4}", "pointPtr(3, 4)"),
 ("%v %d %x %#v", "[]int{1, 2, 3}, []int{1, 2, 3}, []int{10, 11}, []int{1, 2}", "ints(1, 2, 3), ints(1, 2, 3), ints(10, 11), ints(1, 2)"),
 ("%v %#v %v %d", "[]int(nil), []int(nil), []string{}, [2]int{1, 2}", "ints(), nilInts(), strs(), arr2(1, 2)"),
 ("%v %q %#v", '[]string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"}', 'strs("a", "b"), strs("a", "b"), strs("a", "b")'),
 ("%v|%s|%x|%X|% x|%q|%#v", '[]byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi")', 'bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")'),
 ("%v %#v", 'map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1}', 'msi("b", 2, "a", 1, "c", 3), msi("b", 2, "a", 1)'),
 ("%v %v", 'map[int]string{10: "x", -1: "y", 3: "z"}, map[string]int(nil)', 'mis(10, "x", -1, "y", 3, "z"), nilMsi()'),
 ("%#v", 'map[string]int(nil)', 'nilMsi()'),
 ("%v %s %d", "Color(1), Color(0), Color(1)", "color(1), color(0), color(1)"),
 ("%v", "[]Color{0, 1}", "colors(0, 1)"),
 ("%v|%s|%v", "&MyErr{7}, &MyErr{8}, error(&MyErr{9})", "myErr(7), myErr(8), myErr(9)"),
 ("%v %+v", 'T{"bob", 3, nil}, T{"al", 4, nil}', 'tv("bob", 3, false), tv("al", 4, false)'),
 ("%#v", 'T{"bob", 3, nil}', 'tv("bob", 3, false)'),
 ("%v %+v %#v", "E{}, E{}, E{}", "emptyStruct(), emptyStruct(), emptyStruct()"),
 ("%v %d %s %#v %T", "nil, nil, nil, nil, nil", "null, null, null, null, null"),
 ("%v %#v", "[]any{1, \"a\", nil, 2.5}, []any{1, \"a\", nil}", "anys(i(1), s(\"a\"), null, f(2.5)), anys(i(1), s(\"a\"), null)"),
 ("%T %T %T %T %T %T %T", '1, "s", 2.5, []int{}, map[string]int{}, Point{}, &Point{}', 'i(1), s("s"), f(2.5), ints(), msi(), point(0, 0), pointPtr(0, 0)'),
 ("%T %T %T", "true, []any{}, error(&MyErr{})", "b(true), anys(), myErr(0)"),
 ("%d", '"hi"', 's("hi")'), ("%s", "42", "i(42)"), ("%z", "42", "i(42)"), ("%d %d", "1", "i(1)"),
 ("%d", "1, 2", "i(1), i(2)"), ("%!", "", ""), ("%", "", ""), ("100%%", "", ""), ("%t", "1", "i(1)"),
 ("%d", "[]string{\"a\"}", "strs(\"a\")"), ("%s", "nil", "null"), ("%d", "true", "b(true)"),
 ("%*d|%-*d|%.*f", "5, 42, 4, 7, 2, 3.14159", "i(5), i(42), i(4), i(7), i(2), f(3.14159)"),
 ("%[2]d %[1]d", "1, 2", "i(1), i(2)"), ("%[3]d", "1, 2", "i(1), i(2)"),
 ("%6.2f%%", "99.5", "f(99.5)"),
 ("%v", "[][]int{{1, 2}, {3}}", "nested()"),
 ("%v", "[]*Point{&Point{1, 2}}", "ptrSliceMarker()"),
 ("%08b|%o|%x", "5, -8, uint8(255)", "i(5), i(-8), u8(255)"),
 ("%10.3e|%-10.2g|", "123456.789, 0.000012345", "f(123456.789), f(0.000012345)"),
 ("%v %v %v", "1e20, 1.5e-5, 12345678.0", "f(1e20), f(1.5e-5), f(12345678.0)"),
 ("%v %v", "math.Copysign(0, -1), float32(16777216.0)", "f(-0.0), f32(16777216.0)"),
 ("%x %X", '"héllo", []byte{}', 's("héllo"), bytes("")'),
 ("%5t|%-7v|", "true, false", "b(true), b(false)"),
 ("%5v|%-5v|%05v", "[]int{1, 2}, Point{1, 2}, 42", "ints(1, 2), point(1, 2), i(42)"),
 ("%q", '"\\x00\\t\\u00e9\\U0001F600\\xff"', 'raw(GoStrings.fromJava("\\u0000\\t\\u00e9\\uD83D\\uDE00") + "\\u00ff")'),
 ("%s %v", "Color(1), []any{Color(0), &MyErr{3}}", "color(1), anys(color(0), myErr(3))"),
 ("%v", 'map[Point]string{{2, 1}: "b", {1, 2}: "a"}', 'mps()'),
 ("%v %.3s %.1q", '"abc", "abcdef", "xyz"', 's("abc"), s("abcdef"), s("xyz")'),
 ("%#x %# x", '"ab", "ab"', 's("ab"), s("ab")'),
 ("%.2e %.0e %e", "0.0, 5.0, 1e100", "f(0.0), f(5.0), f(1e100)"),
 ("%g %g %.2g", "1e-5, 0.00001234, 123.0", "f(1e-5), f(0.00001234), f(123.0)"),
 ("%#g %#.3g %#.0f %#e", "1.0, 2.0, 3.0, 1.0", "f(1.0), f(2.0), f(3.0), f(1.0)"),
 ("%-8q|%8q|", '"a", \'b\'', 's("a"), r(\'b\')'),
 ("%c|%5c|%-3c|", "'x', 'y', 'z'", "r('x'), r('y'), r('z')"),
 ("%v %v", "int64(-9223372036854775808), uint32(4294967295)", "i64(Long.MIN_VALUE), u32(4294967295L)"),
 ("<print>", '1, 2, "a", "b", 3, Color(1), 4, Name("n"), 5', 'i(1), i(2), s("a"), s("b"), i(3), color(1), i(4), name("n"), i(5)'),
 ("<println>", '"a", 1, nil, Point{1, 2}, []int{3}', 's("a"), i(1), null, point(1, 2), ints(3)'),
 ("<print>", '', ''),
 ("%v|%v|%v", "PS{3}, &PS{3}, (*PS)(nil)", "psVal(3), psPtr(3), psNil()"),
 ("%v %+v", "Holder{1, 1, nil}, Holder{0, 0, &MyErr{2}}", "holder(1, 1, null), holder(0, 0, myErr(2))"),
 ("%v %s", "[]*PS{&PS{1}}, []*PS{&PS{2}}", "psPtrs(1), psPtrs(2)"),
 ("%s|%v|%q|%x", 'errors.New("boom"), fmt.Errorf("x: %w", errors.New("y")), errors.New("q"), Color(1)', 'newErr("boom"), wrapped("x: %w", newErr("y")), newErr("q"), color(1)'),
 ("%v", "map[Color]int{1: 2, 0: 1}", "mci()"),
 ("%v %#v", 'struct {\n\t\tA int\n\t\tB string\n\t}{1, "x"}, struct {\n\t\tA int\n\t\tB string\n\t}{1, "x"}', 'anon(), anon()'),
 ("%v %v %v", "[3]bool{true}, []float64{1, 2.5}, []string(nil)", "bools3(), floats(1, 2.5), nilStrs()"),
 ("%05s|%-05d|%5.1s|", '"ab", 3, "xyz"', 's("ab"), i(3), s("xyz")'),
 ("%s|%v|%d", "[]byte(nil), []byte(nil), []byte{1, 2}", "nilBytes(), nilBytes(), bytes(\"\\u0001\\u0002\")"),
 ("%v %v %T", "Name(\"z\"), []Name{\"a\"}, Name(\"z\")", "name(\"z\"), names(\"a\"), name(\"z\")"),
 ("%6.2f|%-8.3e|%+g", "float32(2.5), float32(1234.5), float32(0.1)", "f32(2.5), f32(1234.5), f32(0.1)"),
 ("%v", "[]error{nil, errors.New(\"e\")}", "errs(null, newErr(\"e\"))"),
 ("%#v %#v", "[]error{nil}, map[string]any{\"k\": nil}", "errs((Object) null), msany()"),
]

def go_prog():
    lines = ['package main', '', 'import (', '\t"errors"', '\t"fmt"', '\t"math"', '\t"strings"', ')', '',
             'type Point struct{ X, Y int }', 'type Celsius float64', 'type Color int',
             'func (c Color) String() string { return [...]string{"Red", "Green"}[c] }',
             'type T struct {', '\tName string', '\tage  int', '\tP    *Point', '}', 'type E struct{}',
             'type MyErr struct{ Code int }', 'func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }',
             'type PS struct{ N int }', 'func (p *PS) String() string { return fmt.Sprintf("PS%d", p.N) }',
             'type Holder struct {', '\tC Color', '\tc Color', '\tE error', '}', 'type Name string',
             'func (n Name) String() string { return "N(" + string(n) + ")" }',
             '', 'var _ = math.Pi', 'var _ = errors.New', 'var _ = strings.TrimSpace', '', 'func main() {']
    for fmt_, goargs, _ in C:
        a = (", " + goargs) if goargs else ""
        if goargs == "[]*Point{&Point{1, 2}}":
            lines.append('\tfmt.Println("<ptr>")')
            continue
        if fmt_ == "<print>":
            lines.append('\tfmt.Printf("%%s\\n", fmt.Sprint(%s))' % goargs)
        elif fmt_ == "<println>":
            lines.append('\tfmt.Printf("%%s\\n", strings.TrimSuffix(fmt.Sprintln(%s), "\\n"))' % goargs)
        else:
            lines.append('\tfmt.Printf("%%s\\n", fmt.Sprintf(%s%s))' % (json.dumps(fmt_), a))
    lines.append('}')
    return "\n".join(lines) + "\n"

def java_str(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ord(ch) > 0xffff:
            v = ord(ch) - 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)))
        elif ord(ch) < 0x20 or ord(ch) > 0x7e: out.append('\\u%04x' % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    open(os.path.join(here, "main.go"), "w").write(go_prog())
    res = subprocess.run(["timeout", "120", "/usr/lib/go-1.19/bin/go", "run", "main.go"], cwd=here,
                         capture_output=True, env=dict(os.environ, GOCACHE="/tmp/gocache-stdlib", GOFLAGS="-mod=mod", GO111MODULE="off"))
    if res.returncode != 0:
        raise SystemExit(res.stderr.decode())
    outs = res.stdout.decode("utf-8", "surrogateescape").split("\n")[:-1]
    assert len(outs) == len(C), (len(outs), len(C))
    rows = []
    for (fmt_, _, jargs), out in zip(C, outs):
        if out == "<ptr>":
            continue
        jf = java_str(fmt_)
        if fmt_ == "<print>":
            rows.append('        p(%s%s);' % (java_str(out), (", " + jargs) if jargs else ""))
        elif fmt_ == "<println>":
            rows.append('        pln(%s%s);' % (java_str(out + "\n"), (", " + jargs) if jargs else ""))
        else:
            rows.append('        c(%s, %s%s);' % (java_str(out), jf, (", " + jargs) if jargs else ""))
    open(os.path.join(here, "cases.java.txt"), "w").write("\n".join(rows) + "\n")
    print("\n".join(rows))
