// Shows a two-level channel system for a job queue: jobs are sent on JobQueue; the dispatcher takes
// each job and hands it to an idle worker, whose own job channel it receives from WorkerPool (a
// channel of channels) where every idle worker registers itself. Main runs 5 jobs on MAX_WORKERS
// workers (environment variable, default 2) with a JobQueue of MAX_QUEUE slots (default 10), waits
// until all are uploaded and returns (the document's dispatcher runs forever). Payload 3 fails, to
// show the worker's error path, logged on standard error. Which worker runs which job, and so the
// order of the lines, varies (see expected/dispatcher.shape).
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "another way to write
// workers". The document's code does not compile; it is kept as written in
// src/test/resources/fixtures/errors/dispatcher_original.go. Fixed here:
//   - Dispatcher has a maxWorkers field (set by NewDispatcher) and Run passes d.WorkerPool to
//     NewWorker (the document uses d.maxWorkers and d.pool, which do not exist);
//   - log.Errorf (not in the standard log package) became log.Printf;
//   - Payload and its UploadToS3 method (used but not shown by the document) are defined;
//   - MAX_WORKERS and MAX_QUEUE (strings) are converted to numbers, and main was added; the worker
//     marks each handled job done on the uploads WaitGroup, so that main can wait for them.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strconv"
	"sync"
)

var (
	MaxWorker = os.Getenv("MAX_WORKERS")
	MaxQueue  = os.Getenv("MAX_QUEUE")
)

// uploads counts the jobs not yet handled.
var uploads sync.WaitGroup

// Payload is the data a job uploads.
type Payload struct {
	ID int
}

// UploadToS3 simulates the upload; payload 3 fails.
func (p *Payload) UploadToS3() error {
	if p.ID == 3 {
		return errors.New("simulated failure for payload 3")
	}
	fmt.Println("uploaded payload", p.ID)
	return nil
}

// Job represents the job to be run
type Job struct {
	Payload Payload
}

// A buffered channel that we can send work requests on.
var JobQueue chan Job

// Worker represents the worker that executes the job
type Worker struct {
	WorkerPool chan chan Job
	JobChannel chan Job
	quit       chan bool
}

func NewWorker(workerPool chan chan Job) Worker {
	return Worker{
		WorkerPool: workerPool,
		JobChannel: make(chan Job),
		quit:       make(chan bool)}
}

// Start method starts the run loop for the worker, listening for a quit channel in case we need to stop it
func (w Worker) Start() {
	go func() {
		for {
			// register the current worker into the worker queue.
			w.WorkerPool <- w.JobChannel

			select {
			case job := <-w.JobChannel:
				// we have received a work request.
				if err := job.Payload.UploadToS3(); err != nil {
					log.Printf("Error uploading to S3: %s", err.Error())
				}
				uploads.Done() // added: lets main wait until every job is handled

			case <-w.quit:
				// we have received a signal to stop
				return
			}
		}
	}()
}

// Stop signals the worker to stop listening for work requests.
func (w Worker) Stop() {
	go func() {
		w.quit <- true
	}()
}

type Dispatcher struct {
	// A pool of workers channels that are registered with the dispatcher
	WorkerPool chan chan Job
	maxWorkers int
}

func NewDispatcher(maxWorkers int) *Dispatcher {
	pool := make(chan chan Job, maxWorkers)
	return &Dispatcher{WorkerPool: pool, maxWorkers: maxWorkers}
}

func (d *Dispatcher) Run() {
	// starting n number of workers
	for i := 0; i < d.maxWorkers; i++ {
		worker := NewWorker(d.WorkerPool)
		worker.Start()
	}

	go d.dispatch()
}

func (d *Dispatcher) dispatch() {
	for {
		select {
		case job := <-JobQueue:
			// a job request has been received
			go func(job Job) {
				// try to obtain a worker job channel that is available.
				// this will block until a worker is idle
				jobChannel := <-d.WorkerPool

				// dispatch the job to the worker job channel
				jobChannel <- job
			}(job)
		}
	}
}

// envInt reads a positive number from an environment variable's value, or gives def.
func envInt(value string, def int) int {
	if n, err := strconv.Atoi(value); err == nil && n > 0 {
		return n
	}
	return def
}

func main() {
	JobQueue = make(chan Job, envInt(MaxQueue, 10))
	dispatcher := NewDispatcher(envInt(MaxWorker, 2))
	dispatcher.Run()

	const jobs = 5
	uploads.Add(jobs)
	for i := 1; i <= jobs; i++ {
		// send the work to the job queue
		JobQueue <- Job{Payload: Payload{ID: i}}
	}
	uploads.Wait()
	fmt.Println("all", jobs, "jobs done")
}
