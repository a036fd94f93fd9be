// The skynet benchmark: a 10-ary tree of 1,111,111 goroutines; each leaf sends its number, each inner
// node sums its ten children over its own unbuffered channel.
package main

import "fmt"

func skynet(c chan int, num, size, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int)
	for i := 0; i < div; i++ {
		sub := num + i*(size/div)
		go skynet(rc, sub, size/div, div)
	}
	sum := 0
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

func main() {
	c := make(chan int)
	go skynet(c, 0, 1000000, 10)
	fmt.Println(<-c)
}

// Output:
// 499999500000
