// A panic inside another package's method: the traceback names it by import path.
package main

import (
	"fmt"
	"samples/work"
)

func main() {
	q := work.NewQueue(1)
	q.Push(1)
	fmt.Println("len", q.Len())
	q.Push(2)
}
