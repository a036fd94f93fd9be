package main
func f(a int) int { return a }
func g() (int, int) { return 1, 2 }
func main() { f(1, 2); f(); var x int = g(); a, b := f(1); _, _ = a, b; var m, n = 1; _, _ = m, n; f(g()) }
