package main
type T struct{ a int }
func f() int { }
func main() { var t T; _ = t.b; var i interface{ M() } = t; _ = i; var e error = t; _ = e; if 1 { }; for "s" {} }
