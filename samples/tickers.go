// Shows a ticker: a goroutine ranges over ticker.C and prints each tick (every 500ms); after 1600ms
// main stops the ticker, so three ticks are printed, then "Ticker stopped". The tick lines contain
// the current time, so the output varies from run to run (see expected/tickers.shape).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "tickers".
package main

import (
	"fmt"
	"time"
)

func main() {
	// A ticker, like a timer, delivers on a channel; range over it receives a value every 500ms.
	ticker := time.NewTicker(time.Millisecond * 500)
	go func() {
		for t := range ticker.C {
			fmt.Println("Tick at", t)
		}
	}()

	// A stopped ticker delivers no more values. Stop it after 1600ms.
	time.Sleep(time.Millisecond * 1600)
	ticker.Stop()
	fmt.Println("Ticker stopped")
}
