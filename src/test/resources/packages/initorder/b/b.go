package b

import "fmt"

var B = initB()

var Inits []string

func initB() int {
	fmt.Println("init b.B")
	return 2
}

func init() {
	Inits = append(Inits, "b.init")
	fmt.Println("b.init")
}
