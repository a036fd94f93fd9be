// Unbuffered hand-off latency: main sends on ping, the other goroutine answers on pong.
package main

import "fmt"

const rounds = 500000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	count := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		if <-pong == i+1 {
			count++
		}
	}
	close(ping)
	fmt.Println(count)
}

// Output:
// 500000
