// GOPATH style: import "runner" is the folder runner/ beside this file (no go.mod).
package main

import (
	"fmt"
	"runner"
)

func main() {
	r := runner.New()
	r.Add(func(id int) { fmt.Println("task", id) })
	r.Add(func(id int) { fmt.Println("task", id, "again") })
	fmt.Println(r.Start(), runner.Runs)
}
