package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	self, err := os.FindProcess(os.Getpid())
	fmt.Println(err, self.Pid == os.Getpid())
	fmt.Println(self.Signal(syscall.SIGUSR1))
	s := <-c
	fmt.Println("got", s, s == syscall.SIGUSR1)
	signal.Stop(c)
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP, syscall.Signal(99))
	var sig os.Signal = syscall.SIGINT
	fmt.Printf("%v %d %T\n", sig, sig, sig)
	func() {
		defer func() { fmt.Println(recover()) }()
		signal.Notify(nil, os.Interrupt)
	}()
	// Notify makes the program never deadlocked; a select with a default shows the channel is empty.
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("no more signals")
	}
}
