// Start-up benchmark: the smallest program that loads fmt.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}

// Output:
// hello, world
