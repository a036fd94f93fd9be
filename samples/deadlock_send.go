// Shows a deadlock: main sends on an unbuffered channel that nobody receives from, so the print is
// never reached and the runtime reports "fatal error: all goroutines are asleep - deadlock!" (exit 2).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel".
// The fixed version is deadlock_send_fixed.go.
package main

import "fmt"

func main() {
	messages := make(chan string)
	messages <- "ping"
	msg := <-messages
	fmt.Println(msg)
}
