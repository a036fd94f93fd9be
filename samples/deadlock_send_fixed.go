// Shows the document's first fix for deadlock_send.go: with a buffered channel (capacity 1) the send
// completes at once into the buffer, and the receive in the same goroutine takes it back out.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel"
// ("解决方法: 1. 用带缓存的chan"). The second fix is select_default_send.go.
package main

import "fmt"

func main() {
	messages := make(chan string, 1)
	messages <- "ping"
	msg := <-messages
	fmt.Println(msg)
}
