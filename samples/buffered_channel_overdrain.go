// Shows the variant of buffered_channel.go that the text describes: a third receive from the now
// empty channel blocks forever, so "buffered" and "channel" are printed and then the runtime reports
// "fatal error: all goroutines are asleep - deadlock!" (exit 2).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel buffering"
// ("要是多接受一个 fmt.Println(<-messages)").
package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(<-messages)
	fmt.Println(<-messages)
	fmt.Println(<-messages)
}
