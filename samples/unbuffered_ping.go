// Shows that a send and a receive on an unbuffered channel wait for each other: a goroutine sends
// "ping", main receives and prints it.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel".
package main

import "fmt"

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)
}
