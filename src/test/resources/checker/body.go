package main
func f()
func main(x int) int { return 1 }
