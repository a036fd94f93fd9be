package main
func main() { a := 1; b := "s"; _ = a + b; _ = !a; _ = -b; c := []int{}; d := []int{}; _ = c == d }
