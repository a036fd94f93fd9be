package main
func f() int { return 1 }
const C = 1
func main() { f() = 1; s := "ab"; s[0] = 'x'; C = 2; m := map[string]struct{a int}{}; m["a"].a = 1; len("a") = 2 }
