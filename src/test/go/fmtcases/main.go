package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Point struct{ X, Y int }
type Celsius float64
type Color int
func (c Color) String() string { return [...]string{"Red", "Green"}[c] }
type T struct {
	Name string
	age  int
	P    *Point
}
type E struct{}
type MyErr struct{ Code int }
func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
type PS struct{ N int }
func (p *PS) String() string { return fmt.Sprintf("PS%d", p.N) }
type Holder struct {
	C Color
	c Color
	E error
}
type Name string
func (n Name) String() string { return "N(" + string(n) + ")" }

var _ = math.Pi
var _ = errors.New
var _ = strings.TrimSpace

func main() {
	fmt.Printf("%s\n", fmt.Sprintf("%d", 42))
	fmt.Printf("%s\n", fmt.Sprintf("%5d|%-5d|%05d", 42, 42, 42))
	fmt.Printf("%s\n", fmt.Sprintf("%+d % d %+d", 5, 5, -5))
	fmt.Printf("%s\n", fmt.Sprintf("%x %X %o %O %b", 255, 255, 8, 8, 5))
	fmt.Printf("%s\n", fmt.Sprintf("%#x %#X %#o %#b", 255, 255, 8, 5))
	fmt.Printf("%s\n", fmt.Sprintf("%x", -255))
	fmt.Printf("%s\n", fmt.Sprintf("%.3d|%6.3d|%-6.3d|%.0d", 7, 7, 7, 0))
	fmt.Printf("%s\n", fmt.Sprintf("%08.3d", 7))
	fmt.Printf("%s\n", fmt.Sprintf("%+05d", -42))
	fmt.Printf("%s\n", fmt.Sprintf("%d", uint64(18446744073709551615)))
	fmt.Printf("%s\n", fmt.Sprintf("%v", int8(-128)))
	fmt.Printf("%s\n", fmt.Sprintf("%#v", uint8(200)))
	fmt.Printf("%s\n", fmt.Sprintf("%c %c %q %U %#U", 'A', 'é', 'x', 0x1F600, 'A'))
	fmt.Printf("%s\n", fmt.Sprintf("%q %+q", '☺', '☺'))
	fmt.Printf("%s\n", fmt.Sprintf("%s|%10s|%-10s|%.2s", "hi", "hi", "hi", "héllo"))
	fmt.Printf("%s\n", fmt.Sprintf("%q %#q %+q", "a\"b\n", "abc", "héllo"))
	fmt.Printf("%s\n", fmt.Sprintf("%x %X % x %#x", "hi", "hi", "hi", "hi"))
	fmt.Printf("%s\n", fmt.Sprintf("%v %t", true, false))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v %v %v %v %v", 3.14, 1e6, 1e-7, 100.0, 123456789.0, 0.0001))
	fmt.Printf("%s\n", fmt.Sprintf("%f %.2f %8.3f %-8.1f| %e %E %.3e", 3.14159, 3.14159, 3.14159, 2.5, 1234.5678, 0.000123, 1234.5678))
	fmt.Printf("%s\n", fmt.Sprintf("%g %G %.3g %.10g %g", 1e21, 1e-10, 3.14159, 1.0/3, 100000.0))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v %v", math.Inf(1), math.Inf(-1), math.NaN()))
	fmt.Printf("%s\n", fmt.Sprintf("%5.1f|%05.1f|%+.1f|% .1f|%08.2f", -2.25, 2.25, 2.25, 2.25, -3.5))
	fmt.Printf("%s\n", fmt.Sprintf("%.0f %.0f %.1f %.2f", 2.5, 3.5, 0.05, 1.005))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v", float32(0.1), float32(3.14159)))
	fmt.Printf("%s\n", fmt.Sprintf("%v %.2f", Celsius(36.6), Celsius(36.6)))
	fmt.Printf("%s\n", fmt.Sprintf("%#v %#v %#v", 1.0, 1e6, 2.5))
	fmt.Printf("%s\n", fmt.Sprintf("%6.2v|%G", 3.14159, 1e-20))
	fmt.Printf("%s\n", fmt.Sprintf("%v %+v %#v", Point{1, 2}, Point{1, 2}, Point{1, 2}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %+v", &Point{3, 4}, &Point{3, 4}))
	fmt.Printf("%s\n", fmt.Sprintf("%#v", &Point{3, 4}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %d %x %#v", []int{1, 2, 3}, []int{1, 2, 3}, []int{10, 11}, []int{1, 2}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %#v %v %d", []int(nil), []int(nil), []string{}, [2]int{1, 2}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %q %#v", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"}))
	fmt.Printf("%s\n", fmt.Sprintf("%v|%s|%x|%X|% x|%q|%#v", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi")))
	fmt.Printf("%s\n", fmt.Sprintf("%v %#v", map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v", map[int]string{10: "x", -1: "y", 3: "z"}, map[string]int(nil)))
	fmt.Printf("%s\n", fmt.Sprintf("%#v", map[string]int(nil)))
	fmt.Printf("%s\n", fmt.Sprintf("%v %s %d", Color(1), Color(0), Color(1)))
	fmt.Printf("%s\n", fmt.Sprintf("%v", []Color{0, 1}))
	fmt.Printf("%s\n", fmt.Sprintf("%v|%s|%v", &MyErr{7}, &MyErr{8}, error(&MyErr{9})))
	fmt.Printf("%s\n", fmt.Sprintf("%v %+v", T{"bob", 3, nil}, T{"al", 4, nil}))
	fmt.Printf("%s\n", fmt.Sprintf("%#v", T{"bob", 3, nil}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %+v %#v", E{}, E{}, E{}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %d %s %#v %T", nil, nil, nil, nil, nil))
	fmt.Printf("%s\n", fmt.Sprintf("%v %#v", []any{1, "a", nil, 2.5}, []any{1, "a", nil}))
	fmt.Printf("%s\n", fmt.Sprintf("%T %T %T %T %T %T %T", 1, "s", 2.5, []int{}, map[string]int{}, Point{}, &Point{}))
	fmt.Printf("%s\n", fmt.Sprintf("%T %T %T", true, []any{}, error(&MyErr{})))
	fmt.Printf("%s\n", fmt.Sprintf("%d", "hi"))
	fmt.Printf("%s\n", fmt.Sprintf("%s", 42))
	fmt.Printf("%s\n", fmt.Sprintf("%z", 42))
	fmt.Printf("%s\n", fmt.Sprintf("%d %d", 1))
	fmt.Printf("%s\n", fmt.Sprintf("%d", 1, 2))
	fmt.Printf("%s\n", fmt.Sprintf("%!"))
	fmt.Printf("%s\n", fmt.Sprintf("%"))
	fmt.Printf("%s\n", fmt.Sprintf("100%%"))
	fmt.Printf("%s\n", fmt.Sprintf("%t", 1))
	fmt.Printf("%s\n", fmt.Sprintf("%d", []string{"a"}))
	fmt.Printf("%s\n", fmt.Sprintf("%s", nil))
	fmt.Printf("%s\n", fmt.Sprintf("%d", true))
	fmt.Printf("%s\n", fmt.Sprintf("%*d|%-*d|%.*f", 5, 42, 4, 7, 2, 3.14159))
	fmt.Printf("%s\n", fmt.Sprintf("%[2]d %[1]d", 1, 2))
	fmt.Printf("%s\n", fmt.Sprintf("%[3]d", 1, 2))
	fmt.Printf("%s\n", fmt.Sprintf("%6.2f%%", 99.5))
	fmt.Printf("%s\n", fmt.Sprintf("%v", [][]int{{1, 2}, {3}}))
	fmt.Println("<ptr>")
	fmt.Printf("%s\n", fmt.Sprintf("%08b|%o|%x", 5, -8, uint8(255)))
	fmt.Printf("%s\n", fmt.Sprintf("%10.3e|%-10.2g|", 123456.789, 0.000012345))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v %v", 1e20, 1.5e-5, 12345678.0))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v", math.Copysign(0, -1), float32(16777216.0)))
	fmt.Printf("%s\n", fmt.Sprintf("%x %X", "héllo", []byte{}))
	fmt.Printf("%s\n", fmt.Sprintf("%5t|%-7v|", true, false))
	fmt.Printf("%s\n", fmt.Sprintf("%5v|%-5v|%05v", []int{1, 2}, Point{1, 2}, 42))
	fmt.Printf("%s\n", fmt.Sprintf("%q", "\x00\t\u00e9\U0001F600\xff"))
	fmt.Printf("%s\n", fmt.Sprintf("%s %v", Color(1), []any{Color(0), &MyErr{3}}))
	fmt.Printf("%s\n", fmt.Sprintf("%v", map[Point]string{{2, 1}: "b", {1, 2}: "a"}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %.3s %.1q", "abc", "abcdef", "xyz"))
	fmt.Printf("%s\n", fmt.Sprintf("%#x %# x", "ab", "ab"))
	fmt.Printf("%s\n", fmt.Sprintf("%.2e %.0e %e", 0.0, 5.0, 1e100))
	fmt.Printf("%s\n", fmt.Sprintf("%g %g %.2g", 1e-5, 0.00001234, 123.0))
	fmt.Printf("%s\n", fmt.Sprintf("%#g %#.3g %#.0f %#e", 1.0, 2.0, 3.0, 1.0))
	fmt.Printf("%s\n", fmt.Sprintf("%-8q|%8q|", "a", 'b'))
	fmt.Printf("%s\n", fmt.Sprintf("%c|%5c|%-3c|", 'x', 'y', 'z'))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v", int64(-9223372036854775808), uint32(4294967295)))
	fmt.Printf("%s\n", fmt.Sprint(1, 2, "a", "b", 3, Color(1), 4, Name("n"), 5))
	fmt.Printf("%s\n", strings.TrimSuffix(fmt.Sprintln("a", 1, nil, Point{1, 2}, []int{3}), "\n"))
	fmt.Printf("%s\n", fmt.Sprint())
	fmt.Printf("%s\n", fmt.Sprintf("%v|%v|%v", PS{3}, &PS{3}, (*PS)(nil)))
	fmt.Printf("%s\n", fmt.Sprintf("%v %+v", Holder{1, 1, nil}, Holder{0, 0, &MyErr{2}}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %s", []*PS{&PS{1}}, []*PS{&PS{2}}))
	fmt.Printf("%s\n", fmt.Sprintf("%s|%v|%q|%x", errors.New("boom"), fmt.Errorf("x: %w", errors.New("y")), errors.New("q"), Color(1)))
	fmt.Printf("%s\n", fmt.Sprintf("%v", map[Color]int{1: 2, 0: 1}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %#v", struct {
		A int
		B string
	}{1, "x"}, struct {
		A int
		B string
	}{1, "x"}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v %v", [3]bool{true}, []float64{1, 2.5}, []string(nil)))
	fmt.Printf("%s\n", fmt.Sprintf("%05s|%-05d|%5.1s|", "ab", 3, "xyz"))
	fmt.Printf("%s\n", fmt.Sprintf("%s|%v|%d", []byte(nil), []byte(nil), []byte{1, 2}))
	fmt.Printf("%s\n", fmt.Sprintf("%v %v %T", Name("z"), []Name{"a"}, Name("z")))
	fmt.Printf("%s\n", fmt.Sprintf("%6.2f|%-8.3e|%+g", float32(2.5), float32(1234.5), float32(0.1)))
	fmt.Printf("%s\n", fmt.Sprintf("%v", []error{nil, errors.New("e")}))
	fmt.Printf("%s\n", fmt.Sprintf("%#v %#v", []error{nil}, map[string]any{"k": nil}))
}
