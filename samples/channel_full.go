// Shows using select with default to detect that a buffered channel is full: the capacity-1 channel
// already holds 1, so sending 2 is not possible and the default case prints "channel is full !".
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "non-blocking channel
// operations" ("可以使用 select 语句来检测 chan 是否已经满了").
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case ch <- 2:
	default:
		fmt.Println("channel is full !")
	}
}
