package gomini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import gomini.fixture.FixtureRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go programs that are hard on the scheduler, run many times in-process through Gomini.run: a busy
 * multi-producer/multi-consumer program must never be reported as deadlocked and never lose or
 * duplicate a value, and select must choose fairly among ready cases.
 */
class StressTest {
    private static final int MPMC_RUNS = 500;
    private static final int FAIRNESS_RUNS = 5;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Four producers each send 25 values on a buffered and 25 on an unbuffered channel; two consumers
     * range over each channel and one more takes from both with select until both are closed. Every
     * value is counted, so a lost or duplicated one shows in the verdict.
     */
    private static final String MPMC = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            const (
            	producers = 4
            	perChan   = 25 // values each producer sends on each channel
            	total     = producers * perChan * 2
            )

            func main() {
            	buffered := make(chan int, 4)
            	unbuffered := make(chan int)
            	var mu sync.Mutex
            	var seen [total]int
            	perConsumer := make([]int, 5)
            	record := func(c, v int) {
            		mu.Lock()
            		seen[v]++
            		perConsumer[c]++
            		mu.Unlock()
            	}

            	var prod sync.WaitGroup
            	for p := 0; p < producers; p++ {
            		prod.Add(1)
            		go func(p int) {
            			defer prod.Done()
            			for i := 0; i < perChan; i++ {
            				buffered <- p*perChan + i
            				unbuffered <- total/2 + p*perChan + i
            			}
            		}(p)
            	}

            	var cons sync.WaitGroup
            	for c := 0; c < 4; c++ {
            		ch := buffered
            		if c%2 == 1 {
            			ch = unbuffered
            		}
            		cons.Add(1)
            		go func(c int, ch chan int) {
            			defer cons.Done()
            			for v := range ch {
            				record(c, v)
            			}
            		}(c, ch)
            	}
            	cons.Add(1)
            	go func() {
            		defer cons.Done()
            		b, u := buffered, unbuffered
            		for b != nil || u != nil {
            			select {
            			case v, ok := <-b:
            				if !ok {
            					b = nil
            					continue
            				}
            				record(4, v)
            			case v, ok := <-u:
            				if !ok {
            					u = nil
            					continue
            				}
            				record(4, v)
            			}
            		}
            	}()

            	prod.Wait()
            	close(buffered)
            	close(unbuffered)
            	cons.Wait()

            	n, sum, lost, dup := 0, 0, 0, 0
            	for v, c := range seen {
            		n += c
            		sum += v * c
            		if c == 0 {
            			lost++
            		}
            		if c > 1 {
            			dup += c - 1
            		}
            	}
            	byConsumers := 0
            	for _, k := range perConsumer {
            		byConsumers += k
            	}
            	fmt.Printf("received %d of %d values (%d counted by consumers), checksum %d of %d, lost %d, duplicated %d\\n",
            		n, total, byConsumers, sum, total*(total-1)/2, lost, dup)
            	if n == total && byConsumers == total && sum == total*(total-1)/2 && lost == 0 && dup == 0 {
            		fmt.Println("ok")
            	} else {
            		fmt.Println("not ok")
            	}
            }
            """;

    /** What `go build && ./mpmc` printed, with Go 1.19 (every run prints the same). */
    private static final String MPMC_OUTPUT = """
            received 200 of 200 values (200 counted by consumers), checksum 19900 of 19900, lost 0, duplicated 0
            ok
            """;

    private static final String FAIRNESS = """
            package main

            import "fmt"

            // Two cases are always ready; Go picks among ready cases uniformly at random, so each count is
            // near 5000 (standard deviation 50): 4500 is ten deviations away.
            func main() {
            	a := make(chan int, 1)
            	b := make(chan int, 1)
            	a <- 1
            	b <- 2
            	na, nb := 0, 0
            	for i := 0; i < 10000; i++ {
            		select {
            		case v := <-a:
            			na++
            			a <- v
            		case v := <-b:
            			nb++
            			b <- v
            		}
            	}
            	if na+nb == 10000 && na > 4500 && nb > 4500 {
            		fmt.Println("ok")
            	} else {
            		fmt.Println("not ok:", na, nb)
            	}
            }
            """;

    /** What `go build && ./fair` printed, with Go 1.19. */
    private static final String FAIRNESS_OUTPUT = "ok\n";

    @Test
    void busyProducersAndConsumersNeverDeadlockLoseOrDuplicate(@TempDir Path dir) throws IOException {
        Path file = write(dir, "mpmc.go", MPMC);
        for (int i = 1; i <= MPMC_RUNS; i++) {
            runAndExpect(file, MPMC_OUTPUT, i);
        }
    }

    @Test
    void selectChoosesFairlyAmongReadyCases(@TempDir Path dir) throws IOException {
        Path file = write(dir, "fair.go", FAIRNESS);
        for (int i = 1; i <= FAIRNESS_RUNS; i++) {
            runAndExpect(file, FAIRNESS_OUTPUT, i);
        }
    }

    private static Path write(Path dir, String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file;
    }

    private static void runAndExpect(Path file, String stdout, int run) {
        FixtureRunner.Outcome r = FixtureRunner.execute(FixtureRunner.GOMINI, file, List.of(), new byte[0], RUN_TIMEOUT);
        String what = file.getFileName() + " run " + run;
        assertFalse(r.timedOut(), what + " timed out");
        assertNull(r.thrown(), () -> what + ": Gomini.run threw:\n" + FixtureRunner.stackTrace(r.thrown()));
        String err = new String(r.stderr(), StandardCharsets.UTF_8);
        assertEquals(0, r.code(), () -> what + " exit code; stderr:\n" + err);
        assertEquals(stdout, new String(r.stdout(), StandardCharsets.UTF_8), what + " stdout");
        assertEquals("", err, what + " stderr");
    }
}
