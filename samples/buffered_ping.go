// Shows that a buffered channel lets one goroutine send and then receive its own value: the send
// goes into the buffer. Prints "ping" with fmt.Print, so there is no trailing newline.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel buffering".
package main

import "fmt"

func main() {
	message := make(chan string, 1)
	message <- "ping"
	msg := <-message
	fmt.Print(msg)
}
