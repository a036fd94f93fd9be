package main
func main() { break; continue; L: for {}; goto M; for { break Q }; 
M:
}
