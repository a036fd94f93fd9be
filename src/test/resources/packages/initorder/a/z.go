package a

import "fmt"

func init() {
	calls++
	fmt.Println("a.init #2 (z.go)")
}
