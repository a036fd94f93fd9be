package main
func main() { var r <-chan int; var s chan<- int; close(r); r <- 1; <-s; x := <-s; _ = x }
