// Shows the document's second fix for deadlock_send.go: a send inside a select with a default case
// never blocks. On an unbuffered channel with no receiver the default case runs ("no message sent");
// on a buffered channel with room the send case runs ("sent message").
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "channel"
// ("2. 使用带有default的select发送"). The select is the document's; the two channels are the wrapper.
package main

import "fmt"

func main() {
	messages := make(chan string)
	select {
	case messages <- "msg":
		fmt.Println("sent message")
	default:
		fmt.Println("no message sent")
	}

	messages = make(chan string, 1)
	select {
	case messages <- "msg":
		fmt.Println("sent message")
	default:
		fmt.Println("no message sent")
	}
	fmt.Println(<-messages)
}
