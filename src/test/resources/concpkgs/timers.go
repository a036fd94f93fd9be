package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop(), t.Stop())
	fmt.Println(t.Reset(5 * time.Millisecond))
	v := <-t.C
	fmt.Println(!v.IsZero(), t.Stop(), t.Reset(time.Millisecond))
	<-t.C

	fired := make(chan string)
	start := time.Now()
	af := time.AfterFunc(10*time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired, time.Since(start) >= 10*time.Millisecond, af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(af2.Stop())

	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick", time.Tick(0) == nil)

	timeout := time.After(20 * time.Millisecond)
	ch := make(chan int)
	select {
	case <-ch:
	case <-timeout:
		fmt.Println("timeout")
	}
	time.Sleep(-1)
	d := 1500 * time.Millisecond
	fmt.Printf("%v %s %d %T %.1f\n", d, d, d, d, d.Seconds())
	fmt.Println(time.Until(time.Now().Add(time.Hour)) > 59*time.Minute)
	fmt.Println(time.Now().After(start), start.Before(time.Now()), start.Equal(start))
	func() {
		defer func() { fmt.Println(recover()) }()
		time.NewTicker(0)
	}()
}
