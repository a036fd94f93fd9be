// The launcher's training run (see ./gomini): the JVM archives the classes a run of this program loads
// and links, so that later runs map them instead of loading them from the jar. It imports every
// package gomini provides and touches each once, with a goroutine, a channel, a select, a timer and a
// mutex, so that a program using any of them starts with its classes ready. It does little work on
// purpose: the JIT's profiles from this run are archived too, and they should not speak for any
// particular program. Its output is thrown away.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

type shape interface{ area() float64 }

type circle struct{ r float64 }

func (c circle) area() float64 { return math.Pi * c.r * c.r }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var n int64
	results := make(chan string, 4)
	ping := make(chan int)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			atomic.AddInt64(&n, int64(i))
			mu.Unlock()
			results <- strconv.Itoa(i)
		}(i)
	}
	go func() { ping <- 1 }()
	wg.Wait()
	close(results)
	var got []string
	for s := range results {
		got = append(got, s)
	}
	sort.Strings(got)
	select {
	case v := <-ping:
		got = append(got, fmt.Sprint(v))
	case <-time.After(time.Second):
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	ticker := time.NewTicker(time.Millisecond)
	<-ticker.C
	ticker.Stop()
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM)
	signal.Stop(signals)

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%v %d %s %.2f %q %x %T\n", got, n, strings.ToUpper("ok"), shape(circle{1}).area(), "q", 255, ctx.Err())
	w.Flush()
	r := bufio.NewScanner(strings.NewReader(buf.String()))
	for r.Scan() {
		io.WriteString(os.Stdout, r.Text()+"\n")
	}
	err := fmt.Errorf("wrapped: %w", errors.New("cause"))
	logger := log.New(os.Stdout, "training ", log.LstdFlags)
	logger.Println(errors.Unwrap(err), rand.New(rand.NewSource(1)).Intn(10), runtime.NumGoroutine() > 0,
		unicode.IsUpper('A'), utf8.RuneLen('é'), time.Now().Year() > 2000, time.Duration(1500)*time.Millisecond)
	m := map[string]int{"a": 1, "b": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r, keys)
		}
	}()
	var s []int
	_ = s[len(keys)]
}
