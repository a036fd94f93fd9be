package main
func main() { L: for { }
 X: if true { break X } }
