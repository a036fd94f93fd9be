// Shows a buffered channel of capacity 2 holding two values with no receiver, then both received.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel buffering".
// The two variants the text describes are buffered_channel_overfill.go (one send too many) and
// buffered_channel_overdrain.go (one receive too many).
package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(<-messages)
	fmt.Println(<-messages)
}
