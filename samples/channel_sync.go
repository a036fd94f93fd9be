// Shows synchronising with a channel: main blocks on <-done until the worker goroutine has finished
// and signalled. Without the receive, main would return before the worker even started.
// Prints "working...done" after one second.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel synchronization".
package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	fmt.Print("working...")
	time.Sleep(time.Second) // working
	fmt.Println("done")
	done <- true
}

func main() {
	done := make(chan bool, 1)
	go worker(done)
	<-done // blocks here until worker has finished
}
