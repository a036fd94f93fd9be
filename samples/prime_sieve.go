// Shows a chain of filters (the concurrent prime sieve): each prime found starts a new Filter
// goroutine between the previous channel and a new one; 10 filters give the first 10 primes.
// It prints with the builtin print, which writes to standard error, not standard output.
// Generate and the filters run forever; main returns after 10 primes.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "Chain Filter technique".
// Fixed from the document: print(prime, "n") became print(prime, "\n").
package main

func Generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func Filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in // Receive value from 'in'.
		if i%prime != 0 {
			out <- i // Send 'i' to 'out'.
		}
	}
}

// The prime sieve: Daisy-chain Filter processes.
func main() {
	ch := make(chan int) // Create a new channel.
	go Generate(ch)      // Launch Generate goroutine.
	for i := 0; i < 10; i++ {
		prime := <-ch
		print(prime, "\n")
		ch1 := make(chan int)
		go Filter(ch, ch1, prime)
		ch = ch1
	}
}
