package a

import (
	"fmt"
	"samples/c"
)

var A = trace("a.A", c.C*10)

var calls int

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func init() {
	calls++
	fmt.Println("a.init #1 (a.go)")
}

// Count reports how many init functions of a ran.
func Count() int { return calls }
