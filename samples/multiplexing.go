// Shows multiplexing: rand_generator_3 merges two generators into one channel, each forwarded by
// its own goroutine (`out <- <-rand_generator_1`). Main reads 5 numbers and returns (the document
// has no main; the generators run forever, so main is bounded). The numbers are random, so the
// output varies (see expected/multiplexing.shape).
// Note `rand_generator_2 := rand_generator_2()`: the new local's scope begins after the statement,
// so the call on the right still refers to the package-level function.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "multiplexing";
// rand_generator_2 comes from section "generators".
package main

import (
	"fmt"
	"math/rand"
)

func rand_generator_2() chan int {
	out := make(chan int)
	go func() {
		for {
			out <- rand.Int()
		}
	}()
	return out
}

func rand_generator_3() chan int {
	rand_generator_1 := rand_generator_2()
	rand_generator_2 := rand_generator_2()
	out := make(chan int)

	go func() {
		for {
			// forward the data of generator 1
			out <- <-rand_generator_1
		}
	}()
	go func() {
		for {
			// forward the data of generator 2
			out <- <-rand_generator_2
		}
	}()
	return out
}

func main() {
	numbers := rand_generator_3()
	for i := 0; i < 5; i++ {
		fmt.Println(<-numbers)
	}
}
