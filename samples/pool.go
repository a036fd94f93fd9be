// Shows the pooling pattern (package samples/pool): 25 goroutines each acquire a simulated database
// connection from a pool that keeps at most 2 idle connections, "query" for a random time under 1 s,
// and release it; then the pool is closed. Output goes through package log (standard error, with a
// date and time); its order, the connection ids and the number of connections created vary from run
// to run (see expected/pool.shape). Takes about 1 second.
// Source: seed 003 "Go 并发模式" (Go concurrency patterns), section "pool", file main.go; seed 000
// "go 并发与并行", section "Concurrency patterns / Pooling" has the same main (logging
// "Shutdown Program." and "Query: QID[%d] CID[%d]").
// Changed from the document: the import "pool" became "samples/pool" (module path).
package main

import (
	"io"
	"log"
	"math/rand"
	"samples/pool"
	"sync"
	"sync/atomic"
	"time"
)

const (
	maxGoroutines   = 25
	pooledResources = 2 // number of resources in the pool
)

// dbConnection simulates a resource to share, say a database connection.
type dbConnection struct {
	ID int32
}

// Close implements io.Closer so that the pool can manage a dbConnection.
func (dbConn *dbConnection) Close() error {
	log.Println("Close: Connection", dbConn.ID)
	return nil
}

var idCounter int32 // gives each simulated connection a unique id

// createConnection is the factory the pool calls when it needs a new connection.
func createConnection() (io.Closer, error) {
	id := atomic.AddInt32(&idCounter, 1)
	log.Println("Create: New Connection", id)
	return &dbConnection{id}, nil
}

func main() {
	var wg sync.WaitGroup
	wg.Add(maxGoroutines)

	// create the pool
	p, err := pool.New(createConnection, pooledResources)
	if err != nil {
		log.Println(err)
	}
	// run the queries, each with a connection from the pool
	for query := 0; query < maxGoroutines; query++ {
		go func(q int) {
			performQueries(q, p)
			wg.Done()
		}(query)
	}
	wg.Wait()
	log.Println("Shutdown Program")
	p.Close()
}

func performQueries(query int, p *pool.Pool) {
	conn, err := p.Acquire()
	if err != nil {
		log.Println(err)
		return
	}
	defer p.Release(conn)

	// wait, to simulate a query
	time.Sleep(time.Duration(rand.Intn(1000)) * time.Millisecond)
	log.Printf("QID[%d] CID[%d]\n", query, conn.(*dbConnection).ID)
}
