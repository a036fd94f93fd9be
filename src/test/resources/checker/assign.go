package main
func f(a int) int { return "s" }
func main() { var s string = 1; var x int; s = x; f("a"); var i8 int8 = 300; _ = i8; const c byte = 256; var y int = 5.5; _ = y; var z int = 1; z = 1.5 }
