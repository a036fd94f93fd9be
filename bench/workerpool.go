// A worker pool: 4 workers drain a buffered jobs channel and answer on a buffered results channel,
// which is closed once every worker is done.
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 4
	jobs    = 300000
)

func worker(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range in {
		out <- j * 2
	}
}

func main() {
	in := make(chan int, 100)
	out := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(in, out, &wg)
	}
	go func() {
		for i := 0; i < jobs; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for r := range out {
		sum += r
	}
	fmt.Println(sum)
}

// Output:
// 89999700000
