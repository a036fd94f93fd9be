// Shows the work pattern (package samples/work): ROUNDS x 5 goroutines each submit a namePrinter task
// to a pool of 2 goroutines; each task logs its name and sleeps TASKTIME. Output goes through package
// log (standard error, with a date and time); the order of the names varies (see expected/work.shape).
//
// Usage: work.go [ROUNDS [TASKTIME]]
//
//	ROUNDS     how many times each of the 5 names is submitted; the document's value is 100.
//	TASKTIME   a time.Duration each task sleeps; the document's value is 1s.
//
// With the document's values the run takes 100*5*1s/2 = 250 s; `work.go 2 10ms` takes 50 ms.
//
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "Concurrency patterns /
// Work" (main). Changed from the document: the package clause and imports (with "samples/work") are
// added; the command-line arguments were added so that tests need not wait 250 s.
package main

import (
	"log"
	"os"
	"samples/work"
	"strconv"
	"sync"
	"time"
)

// names provides a set of names to display.
var names = []string{
	"steve",
	"bob",
	"mary",
	"therese",
	"jason",
}

var rounds = 100
var taskTime = time.Second

// namePrinter provides special support for printing names.
type namePrinter struct {
	name string
}

// Task implements the Worker interface.
func (m *namePrinter) Task() {
	log.Println(m.name)
	time.Sleep(taskTime)
}

// main is the entry point for all Go programs.
func main() {
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			log.Fatalln("bad ROUNDS:", err)
		}
		rounds = n
	}
	if len(os.Args) > 2 {
		d, err := time.ParseDuration(os.Args[2])
		if err != nil {
			log.Fatalln("bad TASKTIME:", err)
		}
		taskTime = d
	}

	// Create a work pool with 2 goroutines.
	p := work.New(2)

	var wg sync.WaitGroup
	wg.Add(rounds * len(names))

	for i := 0; i < rounds; i++ {
		// Iterate over the slice of names.
		for _, name := range names {
			// Create a namePrinter and provide the
			// specific name.
			np := namePrinter{
				name: name,
			}

			go func() {
				// Submit the task to be worked on. When RunTask
				// returns we know it is being handled.
				p.Run(&np)
				wg.Done()
			}()
		}
	}

	wg.Wait()

	// Shutdown the work pool and wait for all existing work
	// to be completed.
	p.Shutdown()
}
