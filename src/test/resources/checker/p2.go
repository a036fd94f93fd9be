package main
func f() (int, string) { return 1 }
func g() int { return 1, 2 }
func h() { return 1 }
func main() {
	var a [3]int
	a[-1] = 2
	_ = a[1.5]
	m := map[string]int{}
	_ = m[1]
	var p *int
	_ = p.x
	var x interface{} = 1
	_ = x + 1
	var ch chan int
	ch <- "s"
	var b bool = 1 < "s"
	_ = b
	var n int
	n()
	_ = len(5)
	_ = append()
	_ = make(int)
	_ = make([]int)
	defer len("a")
	defer int(1)
}
