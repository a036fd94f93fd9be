// Shows that `for range` over a channel blocks until the channel is closed: ranging over an empty,
// never-closed channel deadlocks ("fatal error: all goroutines are asleep - deadlock!", exit 2).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "range".
// The fixed version (comments removed, as the document suggests) is range_channel_deadlock_fixed.go.
package main

import "fmt"

func main() {
	queue := make(chan string, 2)
	//queue <- "one"
	//queue <- "two"
	//close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
}
