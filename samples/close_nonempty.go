// Shows that a non-empty channel can be closed and its remaining values are still received: range
// prints "one" and "two", then ends because the channel is closed and drained.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "closing channels".
package main

import "fmt"

func main() {
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
}
