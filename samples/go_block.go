// Shows a `go` block: an anonymous function literal that is called at once in a new goroutine
// (`go func() { ... }()`), here feeding a slice into a channel and closing it.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "goroutine usage / go block".
// The document shows only the go statement; nums, out and the receiving loop are the minimal wrapper.
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3, 4, 5}
	out := make(chan int)

	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()

	for n := range out {
		fmt.Println(n)
	}
}
