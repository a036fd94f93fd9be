// Shows a shared variable owned by one goroutine: reads and writes go through channels, and the
// owner's select serves whichever is asked for. Prints 0, then 1 after the write.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "shared variables".
// (The identifiers sharded_var and sharded_var_whachdog are spelled as in the document.)
package main

import "fmt"

type sharded_var struct {
	reader chan int
	writer chan int
}

func sharded_var_whachdog(v sharded_var) { // goroutine that owns the shared variable
	go func() {
		var value int = 0
		for { // serve the read and write channels
			select {
			case value = <-v.writer:
			case v.reader <- value:
			}
		}
	}()
}

func main() {
	v := sharded_var{make(chan int), make(chan int)} // initialise, and start the owning goroutine
	sharded_var_whachdog(v)

	fmt.Println(<-v.reader)
	v.writer <- 1
	fmt.Println(<-v.reader)
}
