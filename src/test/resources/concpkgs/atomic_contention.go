package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var counter int64
var hits uint32

type stats struct {
	n  int32
	at atomic.Int64
}

func main() {
	var wg sync.WaitGroup
	s := &stats{}
	arr := [2]int64{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&counter, 1)
				atomic.AddUint32(&hits, 1)
				atomic.AddInt32(&s.n, 1)
				s.at.Add(2)
				atomic.AddInt64(&arr[1], 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), hits, s.n, s.at.Load(), arr)
}
