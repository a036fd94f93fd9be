package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println(ok)

	ctx, cancel := context.WithCancel(bg)
	vctx := context.WithValue(ctx, key("user"), "ann")
	child, cancelChild := context.WithCancel(vctx)
	defer cancelChild()
	fmt.Println(vctx.Value(key("user")), child.Value(key("user")), child.Value(key("none")), child.Value("user"))
	var wg sync.WaitGroup
	out := make(chan string, 2)
	wg.Add(2)
	go worker(ctx, 1, &wg, out)
	go worker(child, 2, &wg, out)
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println(n, ctx.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()

	tctx, tcancel := context.WithTimeout(bg, 15*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(dl) <= 15*time.Millisecond)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	past, pc := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer pc()
	fmt.Println(past.Err())
	inner, ic := context.WithTimeout(tctx, time.Hour)
	defer ic()
	fmt.Println(inner.Err())
	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithValue(bg, nil, 1)
	}()
}
