// Shows a timeout with select and time.After (which returns a <-chan time.Time): the result that
// takes 2s loses to the 1s timeout ("timeout 1"); a second select, whose result takes 1s and whose
// timeout is 3s, shows the other branch ("result 2"). Takes about 2 seconds.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "timeouts".
// The document shows only the first select; the slow producer of c1 and the second select (the
// same select with the other outcome) are the wrapper.
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(time.Second * 2)
		c1 <- "result 1"
	}()

	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(time.Second * 1):
		fmt.Println("timeout 1")
	}

	c2 := make(chan string, 1)
	go func() {
		time.Sleep(time.Second * 1)
		c2 <- "result 2"
	}()

	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(time.Second * 3):
		fmt.Println("timeout 2")
	}
}
