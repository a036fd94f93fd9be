// Shows a non-blocking receive: select's default case runs when no channel is ready, so receiving
// from an empty channel prints "no message received" instead of blocking; once a value is buffered
// the receive case runs instead.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "non-blocking channel
// operations". The select is the document's; the channel and the second round are the wrapper.
package main

import "fmt"

func main() {
	messages := make(chan string, 1)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	messages <- "hi"
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
}
