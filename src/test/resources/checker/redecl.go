package main
func main() { x := 1; var x int; x := 2; a := [3]int{}; _ = a[5]; var q int; _ = append(q, 1); q() ; _ = x}
