package main
type S struct{ a []int }
func main() {
	var i8 int8
	_ = i8 + 300
	_ = i8 + 1.5
	_ = i8 + "s"
	var s S
	_ = s == s
	var p *int
	_ = p == 1
	var f float64
	_ = f % 2
	_ = i8 << 1.5
	var x interface{ M() }
	_ = x.(string)
	var y int = nil
	_, _ = y, x
	var arr [3]int
	_ = arr[:5]
	_ = "abc"[5]
	const big = 1 << 100
	var z int = big
	_ = z
	_ = T{}
	var m map[[]int]int
	_ = m
	var q = []int{1,2}
	q.x = 1
	_ = 1 + true
	_ = len("a", "b")
	defer recover()
	a, b := 1
	_, _ = a, b
	_ = func() int {}
}
