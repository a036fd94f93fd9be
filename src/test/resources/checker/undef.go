package main
func main() { x = 1; y := z; _ = y }
