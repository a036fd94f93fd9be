package gomini.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.Gomini;
import gomini.runtime.Cell;
import gomini.runtime.ElemPointer;
import gomini.runtime.StructValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * time, sync, sync/atomic, runtime, os/signal, syscall and context through whole programs. Each program under
 * src/test/resources/concpkgs has a .out recorded from Go 1.19 (go run); the signal program signals
 * itself with SIGUSR1, which the JVM leaves to applications.
 */
class ConcPackagesTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String source) throws IOException {
        Path file = dir.resolve("prog.go");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Gomini.run(file, List.of(),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcPackagesTest.class.getResourceAsStream("/concpkgs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync_atomic_runtime", "atomic_contention", "timers", "durations_time", "signal_self",
        "context"})
    void programMatchesGo(String name) throws IOException {
        Run r = run(resource(name + ".go"));
        assertEquals("", r.err);
        assertEquals(resource(name + ".out"), r.out);
        assertEquals(0, r.code);
    }

    @Test
    void zeroValueMutexInsideStructAndWaitGroupDeadlock() throws IOException {
        Run r = run("""
                package main

                import "sync"

                type box struct {
                	mu sync.Mutex
                	wg sync.WaitGroup
                }

                func main() {
                	var b box
                	b.mu.Lock()
                	b.wg.Add(1)
                	b.wg.Wait()
                }
                """);
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n"),
                r.err);
    }

    @Test
    void sleepingGoroutineKeepsProgramAliveThenDeadlockIsReported() throws IOException {
        Run r = run("""
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	ch := make(chan int)
                	go func() {
                		time.Sleep(20 * time.Millisecond)
                		fmt.Println("slept")
                	}()
                	<-ch
                }
                """);
        assertEquals("slept\n", r.out);
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
                r.err);
    }

    @Test
    void notifyMeansNeverDeadlockedLikeGo() throws IOException {
        // Go keeps its signal goroutine even after Stop, so blocking forever is not a deadlock: the program
        // would hang. Here a timer ends it instead, proving no deadlock report came first.
        Run r = run("""
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"syscall"
                	"time"
                )

                func main() {
                	c := make(chan os.Signal, 1)
                	signal.Notify(c, syscall.SIGUSR2)
                	signal.Stop(c)
                	time.AfterFunc(30*time.Millisecond, func() {
                		fmt.Println("still alive")
                		os.Exit(3)
                	})
                	select {}
                }
                """);
        assertEquals("still alive\n", r.out);
        assertEquals(3, r.code);
    }

    @Test
    void unlockOfUnlockedMutexIsFatal() throws IOException {
        Run r = run("""
                package main

                import "sync"

                func main() {
                	var mu sync.RWMutex
                	defer func() { recover() }()
                	mu.Unlock()
                }
                """);
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("fatal error: sync: Unlock of unlocked RWMutex\n"), r.err);
    }

    @Test
    void durationStringAndParse() throws Exception {
        assertEquals("1.5s", Durations.format(1_500_000_000L));
        assertEquals(LibTestSupport.go("250µs"), Durations.format(250_000L));
        assertEquals("-2562047h47m16.854775808s", Durations.format(Long.MIN_VALUE));
        assertEquals(-5_400_000_000_000L, Durations.parse("-1.5h"));
        assertEquals(1000L, Durations.parse(LibTestSupport.go("1µs")));
    }

    @Test
    void atomicFunctionsOnEveryKindOfPointer() {
        Cell cell = new Cell(5L);
        assertEquals(7L, LibTestSupport.call("sync/atomic", "AddInt64", cell, 2L));
        Object[] arr = {0L, 0xFFFFFFFFL};
        assertEquals(0L, LibTestSupport.call("sync/atomic", "AddUint32", new ElemPointer(arr, 1), 1L));
        StructValue s = new StructValue(new Object[] {1L});
        assertEquals(true, LibTestSupport.call("sync/atomic", "CompareAndSwapInt32",
                new gomini.runtime.FieldPointer(s, 0), 1L, 9L));
        assertEquals(9L, s.fields[0]);
        assertEquals(9L, LibTestSupport.call("sync/atomic", "SwapInt32", new gomini.runtime.FieldPointer(s, 0), 3L));
    }
}
