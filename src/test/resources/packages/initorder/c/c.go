package c

import "fmt"

var C = d + 1

var d = initD()

func initD() int {
	fmt.Println("init c.d")
	return 4
}

func init() {
	fmt.Println("c.init")
}
