// Shows range_channel_deadlock.go with its commented-out lines restored: two buffered values and a
// close, so the range prints both values and then ends.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "range" ("去掉注释就好了").
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
