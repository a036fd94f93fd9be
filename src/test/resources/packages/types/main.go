// Types, methods, interfaces and package-level state from another package; %T and %v of its values;
// an aliased import.
package main

import (
	"fmt"
	geo "example.com/types/shapes"
)

type Named interface{ Name() string }

func main() {
	r := geo.NewRect(2, 3)
	c := geo.Circle{R: 1}
	var s geo.Shape = r
	fmt.Printf("%T %v %T %+v\n", r, r, c, c)
	fmt.Println(s.Area(), c.Area() > 3, geo.Total(r, c) > 9)
	if n, ok := s.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	geo.Register(r)
	geo.Register(c)
	fmt.Println(geo.Registered(), geo.Unit)
	var e error = geo.ErrNegative
	fmt.Printf("%v %T\n", e, e)
	_, err := geo.Checked(-1)
	fmt.Println(err == geo.ErrNegative, err)
}
