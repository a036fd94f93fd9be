// Lock contention: 4 goroutines increment entries of one map under a sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

const (
	goroutines = 4
	perG       = 250000
	keys       = 100
)

func main() {
	m := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				mu.Lock()
				m[i%keys]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(len(m), total)
}

// Output:
// 100 1000000
