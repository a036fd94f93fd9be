// oracle: spec
// Package initialization order across packages (Go 1.21+ spec, "Package initialization": of the packages
// sorted by import path, repeatedly the first one whose imports are initialized: b, c, a, main; Go 1.19
// went depth-first: c, a, b), each package's variables then its init functions in file order.
package main

import (
	"fmt"
	"samples/a"
	"samples/b"
)

var M = trace("main.M", a.A+b.B)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func init() {
	fmt.Println("main.init")
}

func main() {
	fmt.Println("main", M, a.Count(), b.Inits)
}
