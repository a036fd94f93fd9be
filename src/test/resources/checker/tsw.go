package main
func main() { var i interface{}; switch v := i.(type) { case int: } ; x := 1; switch { case 1: fallthrough }; _ = x}
