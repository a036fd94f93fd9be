// Package runner runs a set of tasks within a given timeout and ends them on an operating system
// interrupt; it manages the tasks' lifetime. Used by samples/runner.go.
// Source: seed 003 "Go 并发模式" (Go concurrency patterns), section "runner", file runner.go; the same
// code appears in seed 000 "go 并发与并行", section "Concurrency patterns / Runner".
package runner

import (
	"errors"
	"os"
	"os/signal"
	"time"
)

// Runner runs a set of tasks within a given timeout and ends them when the operating system sends
// an interrupt signal.
type Runner struct {
	// interrupt reports a signal from the operating system.
	interrupt chan os.Signal
	// complete reports that the tasks are done.
	complete chan error
	// timeout reports that time has run out.
	timeout <-chan time.Time
	// tasks are run one after another, in index order.
	tasks []func(int)
}

// The two ways a run can fail.
var ErrTimeout = errors.New("received timeout")     // timed out
var ErrInterrupt = errors.New("received interrupt") // interrupted

// New returns a Runner whose tasks must finish within d.
func New(d time.Duration) *Runner {
	return &Runner{
		interrupt: make(chan os.Signal, 1),
		complete:  make(chan error),
		timeout:   time.After(d),
	}
}

// Add attaches tasks; a task is a function that takes an int ID.
func (r *Runner) Add(tasks ...func(int)) {
	r.tasks = append(r.tasks, tasks...)
}

// Start runs all tasks and watches the channel events.
func (r *Runner) Start() error {
	signal.Notify(r.interrupt, os.Interrupt)
	go func() {
		r.complete <- r.run()
	}()

	select {
	case err := <-r.complete:
		return err
	case <-r.timeout:
		return ErrTimeout
	}
}

// run executes every registered task.
func (r *Runner) run() error {
	// go through the task list one by one
	for id, task := range r.tasks {
		if r.gotInterrupt() {
			return ErrInterrupt
		}
		// run the task
		task(id)
	}
	return nil
}

// gotInterrupt reports whether an interrupt signal has arrived.
func (r *Runner) gotInterrupt() bool {
	select {
	case <-r.interrupt:
		signal.Stop(r.interrupt)
		return true
	default:
		return false
	}
}
