// Fan-in with select: 4 producers, each on its own unbuffered channel, merged by one select loop.
// A producer closes its channel when done; main then sets its copy to nil so select ignores it.
package main

import "fmt"

const perProducer = 100000

func produce(id int, ch chan<- int) {
	for i := 0; i < perProducer; i++ {
		ch <- id*perProducer + i
	}
	close(ch)
}

func main() {
	c0, c1, c2, c3 := make(chan int), make(chan int), make(chan int), make(chan int)
	go produce(0, c0)
	go produce(1, c1)
	go produce(2, c2)
	go produce(3, c3)
	count, sum, open := 0, 0, 4
	for open > 0 {
		var v int
		var ok bool
		select {
		case v, ok = <-c0:
			if !ok {
				c0 = nil
			}
		case v, ok = <-c1:
			if !ok {
				c1 = nil
			}
		case v, ok = <-c2:
			if !ok {
				c2 = nil
			}
		case v, ok = <-c3:
			if !ok {
				c3 = nil
			}
		}
		if !ok {
			open--
			continue
		}
		count++
		sum += v
	}
	fmt.Println(count, sum)
}

// Output:
// 400000 79999800000
