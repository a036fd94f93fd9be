// Shows the runner pattern (package samples/runner): three tasks run one after another in a goroutine
// while main waits in a select for completion, a timeout, or an interrupt (Ctrl-C / SIGINT).
// Task #id logs and sleeps id seconds (0, 1, 2 s: 3 s in all).
//
// Usage: runner.go [TIMEOUT [interrupt]]
//
//	TIMEOUT    a time.Duration for the whole run; the document's value is 3s.
//	           "4s" → all tasks finish: "Process ended.", exit 0.
//	           "500ms" → "Terminating due to timeout.", os.Exit(1).
//	           With the default 3s the timeout and the end of the last task race (both at about 3 s);
//	           real Go usually reports the timeout, but not always.
//	interrupt  task #1 sends os.Interrupt (SIGINT) to this very process, as Ctrl-C would; the runner
//	           notices it before task #2: "Terminating due to interrupt.", os.Exit(2).
//	           Pressing Ctrl-C during a run does the same.
//
// Output goes through package log (standard error, with a date and time on each line).
//
// Source: seed 003 "Go 并发模式" (Go concurrency patterns), section "runner", file main.go (seed 000
// "go 并发与并行" has the same main, logging "Starting work." instead of "Starting work...").
// Changed from the document: the import "runner" became "samples/runner" (module path); the
// command-line arguments and the self-interrupt were added so that each ending can be tested (so the
// constant timeout became a variable).
package main

import (
	"log"
	"os"
	"samples/runner"
	"time"
)

var timeout = 3 * time.Second

// interruptAt is the id of the task that interrupts the process itself; -1 means none does.
var interruptAt = -1

func main() {
	if len(os.Args) > 1 {
		d, err := time.ParseDuration(os.Args[1])
		if err != nil {
			log.Fatalln("bad timeout:", err)
		}
		timeout = d
	}
	if len(os.Args) > 2 && os.Args[2] == "interrupt" {
		interruptAt = 1
	}

	log.Println("Starting work...")

	r := runner.New(timeout)
	r.Add(createTask(), createTask(), createTask())
	if err := r.Start(); err != nil {
		switch err {
		case runner.ErrTimeout:
			log.Println("Terminating due to timeout.")
			os.Exit(1)
		case runner.ErrInterrupt:
			log.Println("Terminating due to interrupt.")
			os.Exit(2)
		}
	}
	log.Println("Process ended.")
}

func createTask() func(int) {
	return func(id int) {
		log.Printf("Processor - Task #%d.", id)
		if id == interruptAt {
			self, _ := os.FindProcess(os.Getpid())
			self.Signal(os.Interrupt)
		}
		time.Sleep(time.Duration(id) * time.Second)
	}
}
