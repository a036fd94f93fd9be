package main
type T struct{}
func (t T) M() {}
func (t T) M() {}
func (t *T) N() {}
func (int) X() {}
type U = int
func main() {
	T.N(T{})
	var t T
	t.N()
	T{}.N()
	var e error = t
	_ = e
	init()
	x := 1
	x := 2
	var y = x.(int)
	_ = y
	var z int
	z = nil
	_ = &1
	_ = *x
	<-x
	_ = copy(1, 2)
	delete(1, 2)
	close(1)
	_ = new(1)
	_ = cap(map[int]int{})
}
