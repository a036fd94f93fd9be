// Shows a generator: a function that starts a goroutine producing values forever on a channel it
// returns, used as a random-number "service"; main takes one value and prints it. The number is
// random (math/rand's global source is seeded randomly since Go 1.20), so the output varies
// (see expected/rand_service.shape; rand_service_seeded.go is a deterministic variant).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "generators".
// Fixed from the document: "%dn" became "%d\n".
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

func main() {
	// random numbers as a service
	rand_service_handler := rand_generator_2()
	fmt.Printf("%d\n", <-rand_service_handler)
}
