// A program that never calls signal.Notify: SIGINT kills it, as it kills a Go program (a shell then
// reports exit status 130).
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("waiting")
	time.Sleep(time.Hour)
	fmt.Println("not reached")
}
