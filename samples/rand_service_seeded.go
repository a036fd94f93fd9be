// Shows the generator of rand_service.go with a fixed seed, so its output is deterministic: the
// generator goroutine is the only user of r := rand.New(rand.NewSource(42)). Main takes three values.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "generators"
// (variant made for testing; the document uses the global rand.Int()).
package main

import (
	"fmt"
	"math/rand"
)

func rand_generator_2() chan int {
	r := rand.New(rand.NewSource(42))
	out := make(chan int)
	go func() {
		for {
			out <- r.Int()
		}
	}()
	return out
}

func main() {
	rand_service_handler := rand_generator_2()
	for i := 0; i < 3; i++ {
		fmt.Printf("%d\n", <-rand_service_handler)
	}
}
