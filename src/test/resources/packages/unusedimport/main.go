// A local package imported and not used.
package main

import (
	"fmt"
	"samples/pool"
)

func main() {
	fmt.Println("hi")
}
