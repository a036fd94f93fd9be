// Package work runs submitted Worker tasks on a fixed number of goroutines that range over an
// unbuffered channel: Run returns only once a goroutine has taken the task, Shutdown closes the
// channel and waits for the goroutines to finish. Used by samples/work.go.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "Concurrency patterns / Work".
// The document shows the code without its package clause and imports; they are added.
package work

import "sync"

// Worker must be implemented by types that want to use the work pool.
type Worker interface {
	Task()
}

// Pool provides a pool of goroutines that can execute any Worker
// tasks that are submitted.
type Pool struct {
	work chan Worker
	wg   sync.WaitGroup
}

// New creates a new work pool.
func New(maxGoroutines int) *Pool {
	p := Pool{
		work: make(chan Worker),
	}

	p.wg.Add(maxGoroutines)
	for i := 0; i < maxGoroutines; i++ {
		go func() {
			for w := range p.work {
				w.Task()
			}
			p.wg.Done()
		}()
	}

	return &p
}

// Run submits work to the pool.
func (p *Pool) Run(w Worker) {
	p.work <- w
}

// Shutdown waits for all the goroutines to shutdown.
func (p *Pool) Shutdown() {
	close(p.work)
	p.wg.Wait()
}
