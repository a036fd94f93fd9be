package main
type T struct{}
type I interface{ M() }
func main() { var i I; _ = i.(T); var x int; _ = x.(int) }
