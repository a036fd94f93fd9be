// Shows select waiting on two channels at once: the value that arrives after 1s is received first,
// the one after 2s second; the loop runs select exactly twice. Takes about 2 seconds.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "select".
// The document's fragment lacks the channel declarations c1 and c2; they are added as unbuffered
// string channels.
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)

	go func() {
		time.Sleep(time.Second * 1)
		c1 <- "one"
	}()

	go func() {
		time.Sleep(time.Second * 2)
		c2 <- "two"
	}()

	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}
}
