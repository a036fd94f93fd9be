package main
type I interface{ M(int) }
type T struct{}
func (T) M() {}
type P struct{}
func (*P) M(int) {}
func main() {
	var i I = T{}
	var j I = P{}
	x := byte(256)
	y := int(1.5)
	const c int8 = 100
	z := c * 3
	var s []int
	s.foo()
	_, _, _, _, _ = i, j, x, y, z
	var u uint = -1
	_ = u
	var f float32 = 1e100
	_ = f
	_ = "a" - "b"
	var k int
	k.x = 1
	_ = 5 % 0
	_ = 5.0 / 0
}
