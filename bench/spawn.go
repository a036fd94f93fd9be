// Goroutine creation: a million short goroutines, each adding its index atomically.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 1000000

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func(i int64) {
			atomic.AddInt64(&n, i)
			wg.Done()
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
}

// Output:
// 499999500000
