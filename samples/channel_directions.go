// Shows channel directions in parameter types: ping may only send on pings (chan<- string), pong
// receives from pings (<-chan string) and sends on pongs.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel directions".
package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
}
