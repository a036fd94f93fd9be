// Shows the first, simpler Acquire of the pooling section: a select that takes a free resource from
// the buffered channel (`case r, _ := <-p.resources`) or, when there is none (default), makes a new
// one with the factory. The first Acquire makes resource 1; after it is put back, the second Acquire
// gets resource 1 again; with the pool empty, the third makes resource 2.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "Concurrency patterns /
// Pooling" (the Acquire shown before the full package). The Pool type, the resource and main are the
// minimal wrapper; the full pattern is pool.go.
package main

import (
	"fmt"
	"io"
)

type Pool struct {
	resources chan io.Closer
	factory   func() (io.Closer, error)
}

func (p *Pool) Acquire() (io.Closer, error) {
	select {
	// Check for a free resource.
	case r, _ := <-p.resources:
		return r, nil

	// Provide a new resource since there are none available.
	default:
		return p.factory()
	}
}

type resource struct{ id int }

func (r *resource) Close() error { return nil }

func main() {
	made := 0
	p := &Pool{
		resources: make(chan io.Closer, 1),
		factory: func() (io.Closer, error) {
			made++
			fmt.Println("new resource", made)
			return &resource{made}, nil
		},
	}

	r1, _ := p.Acquire()
	fmt.Println("acquired", r1.(*resource).id)
	p.resources <- r1 // release it
	r2, _ := p.Acquire()
	fmt.Println("acquired", r2.(*resource).id)
	r3, _ := p.Acquire()
	fmt.Println("acquired", r3.(*resource).id)
}
