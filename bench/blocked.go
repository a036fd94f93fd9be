// Memory per parked goroutine: a million goroutines blocked at once on one channel receive, all
// released by close. started guarantees every goroutine exists before the close.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 1000000

func main() {
	ch := make(chan struct{})
	var started, done sync.WaitGroup
	var released int64
	for i := 0; i < goroutines; i++ {
		started.Add(1)
		done.Add(1)
		go func() {
			started.Done()
			<-ch
			atomic.AddInt64(&released, 1)
			done.Done()
		}()
	}
	started.Wait()
	close(ch)
	done.Wait()
	fmt.Println(atomic.LoadInt64(&released))
}

// Output:
// 1000000
