package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	var ops int64
	var u32 uint32
	var a32 atomic.Int32
	var flag atomic.Bool
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc([]string{"a", "b"}[i%2])
			atomic.AddInt64(&ops, 2)
			atomic.AddUint32(&u32, ^uint32(0))
			a32.Add(1)
			flag.CompareAndSwap(false, true)
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"], atomic.LoadInt64(&ops), u32, a32.Load(), flag.Load())
	c1 := atomic.CompareAndSwapInt64(&ops, 40, 7)
	c2 := atomic.CompareAndSwapInt64(&ops, 40, 8)
	old := atomic.SwapInt64(&ops, 1)
	fmt.Println(c1, c2, old, ops)
	arr := []int32{1, 2, 3}
	atomic.StoreInt32(&arr[1], 20)
	fmt.Println(atomic.AddInt32(&arr[2], 2147483647), arr)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("x")
	fmt.Println(v.Load(), v.CompareAndSwap("x", "y"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			done <- true
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	<-done
	<-done
	<-done
	fmt.Println("all woke")

	var m sync.Map
	m.Store("k1", 1)
	m.Store("k2", 2)
	val, loaded := m.LoadOrStore("k1", 100)
	fmt.Println(val, loaded)
	keys := []string{}
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	m.Delete("k1")
	_, ok := m.Load("k1")
	fmt.Println(ok)

	pool := sync.Pool{New: func() any { return "new" }}
	fmt.Println(pool.Get())
	pool.Put("reused")
	fmt.Println(pool.Get(), pool.Get())

	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		var re runtime.Error
		fmt.Println(isRt, errors.As(r.(error), &re), r)
	}()
	var s []int
	_ = s[3]
}
