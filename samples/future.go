// Shows the "future" technique: execQuery is called before its argument is ready; its goroutine waits
// on q.sql, and main later supplies the SQL and receives the result from q.result.
// Source: seed 000 "go 并发与并行" (Go concurrency and parallelism), section "Future technique".
package main

import "fmt"

type query struct {
	sql    chan string
	result chan string
}

func execQuery(q query) {
	go func() {
		sql := <-q.sql
		q.result <- "get " + sql
	}()

}

func main() {
	q := query{make(chan string, 1), make(chan string, 1)}
	execQuery(q)

	// prepare the argument
	q.sql <- "select * from table"
	fmt.Println(<-q.result)
}
