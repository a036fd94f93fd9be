// Package pool manages a user-defined set of resources that goroutines share: a buffered channel
// holds the free resources; Acquire takes one (or makes a new one), Release gives it back (or closes
// it when the pool is full), Close closes the pool and every resource still in it.
// Used by samples/pool.go.
// Source: seed 003 "Go 并发模式" (Go concurrency patterns), section "pool", file pool.go; seed 000
// "go 并发与并行", section "Concurrency patterns / Pooling" has the same code with slightly different
// messages ("Pool has been closed.", "Size value too small.").
package pool

import (
	"errors"
	"io"
	"log"
	"sync"
)

// Pool manages a set of resources that can be shared safely by multiple goroutines.
// The resources must implement the io.Closer interface.
type Pool struct {
	m         sync.Mutex
	resources chan io.Closer
	factory   func() (io.Closer, error) // makes a new resource; supplied by the user
	closed    bool
}

// ErrPoolClosed is returned by Acquire on a closed pool.
var ErrPoolClosed = errors.New("Pool has been closed")

// New creates a pool of at most size idle resources, made by fn.
func New(fn func() (io.Closer, error), size uint) (*Pool, error) {
	if size <= 0 {
		return nil, errors.New("Size value too small")
	}
	return &Pool{
		factory:   fn,
		resources: make(chan io.Closer, size),
	}, nil
}

// Acquire takes a resource from the pool.
func (p *Pool) Acquire() (io.Closer, error) {
	select {
	// Is there a free resource?
	case r, ok := <-p.resources:
		log.Println("Acquire:", "Shared Resource")
		if !ok {
			return nil, ErrPoolClosed
		}
		return r, nil
	default: // no free resource: make a new one
		log.Println("Acquire:", "New Resource")
		return p.factory()
	}
}

// Release puts a used resource back into the pool.
func (p *Pool) Release(r io.Closer) {
	p.m.Lock()
	defer p.m.Unlock()

	if p.closed {
		r.Close()
		return
	}

	select {
	// try to put the resource in the queue
	case p.resources <- r:
		log.Println("Release:", "In Queue")
	default:
		// the queue is full: close the resource
		log.Println("Release:", "Closing")
		r.Close()
	}
}

// Close closes the pool and every resource in it.
func (p *Pool) Close() {
	p.m.Lock()
	defer p.m.Unlock()

	if p.closed {
		return
	}
	p.closed = true
	// Close the channel before draining it, or the range below would deadlock.
	close(p.resources)

	for r := range p.resources {
		r.Close()
	}
}
