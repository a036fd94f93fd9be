// Shows timers: <-timer1.C blocks until the timer fires (2s); timer2 is stopped before it fires, so
// its goroutine never prints and Stop reports true. Takes about 2 seconds.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "timers". The document
// shows timer1 and mentions `stop2 := timer2.Stop()` in the text; the prints and timer2's goroutine
// are the wrapper.
package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(time.Second * 2)
	<-timer1.C
	fmt.Println("Timer 1 expired")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 expired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
}
