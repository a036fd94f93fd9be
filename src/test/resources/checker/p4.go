package main
import "fmt"
func main() {
	L:
	for {
		continue M
	}
	fmt.Println()
	var a, b int = 1
	c, d := 1
	var e int = "x" + 1
	f := nil
	var g = nil
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
	switch { case true: fallthrough; default: }
	for { fallthrough }
	var ch <-chan int
	for range ch {}
	var sch chan<- int
	for range sch {}
	for x, y := range ch { _, _ = x, y }
	var i interface{}
	switch v := i.(type) { case int, string: _ = v; case nil: }
	_ = i.(int)
	_ = fmt.Foo
	_ = fmt.println
}
