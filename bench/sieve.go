// The concurrent prime sieve: a generator goroutine and one filter goroutine per prime, chained by
// unbuffered channels. The goroutines still blocked when main returns are simply abandoned, as in Go.
package main

import "fmt"

const primes = 2000

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	last, sum := 0, 0
	for i := 0; i < primes; i++ {
		prime := <-ch
		last = prime
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(last, sum)
}

// Output:
// 17389 16274627
