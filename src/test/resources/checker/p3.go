package main
type S struct{ a int }
func main() {
	_ = S{b: 1}
	_ = S{1, 2}
	_ = S{a: 1, a: 2}
	_ = []int{1: 1, 1: 2}
	_ = map[string]int{"a"}
	_ = [2]int{1, 2, 3}
	var i interface{ M() }
	switch i.(type) {
	case int:
	}
	var q int
	switch q.(type) {}
	switch q { case "a": }
	switch { case 1: }
	x := 1
	x.y()
	var sl []int
	_ = sl == sl
	_ = S{} == S{}
	var mm map[int]int
	_ = mm < mm
	_ = nil == nil
	var fp func()
	_ = fp == fp
	_ = x && x
	_ = !x
	_ = ^1.5
	var st string
	st++
	_ = 1 << 1.5
	_ = x << -1
}
