// Shows the variant of buffered_channel.go that the text describes: a third send into a full
// capacity-2 channel blocks forever, so nothing is printed and the runtime reports
// "fatal error: all goroutines are asleep - deadlock!" (exit 2).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel buffering"
// ("要是多发一个 messages <- \"channel\"").
package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	messages <- "channel"
	fmt.Println(<-messages)
	fmt.Println(<-messages)
}
