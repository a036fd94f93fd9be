package gomini.lib;

import gomini.runtime.Scheduler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * os.Stdout or os.Stderr as a program run writes it. Go checks every write to file descriptor 1 or 2
 * (os.epipecheck): one that fails because the reading end of a pipe has gone kills the program with
 * SIGPIPE, which a shell reports as status 141, unless the program receives SIGPIPE through
 * signal.Notify or ignores it (then the write just fails). So {@code gomini run prog.go | head} ends
 * when head does, as the Go program would, instead of running on, for ever if the program prints for
 * ever. Any other failed write (a closed descriptor, a full disk) only fails, as in Go.
 *
 * <p>The target (System.out, System.err) keeps its IOException to itself; its error state says only that
 * some write failed. Whether that was a broken pipe is read from what the descriptor is: a pipe or a
 * socket, says /proc/self/fd (on a system without it, any failure counts as a broken pipe).
 */
public final class StdStream extends OutputStream {
    /** What a shell reports for a process killed by SIGPIPE (128 + 13), as gomini reports Ctrl-C as 130. */
    static final int SIGPIPE_STATUS = 141;
    private static final long SIGPIPE = 13;

    private final PrintStream target;
    private final int fd;
    private volatile Scheduler scheduler;
    /** Whether the descriptor is a pipe or socket, once a write has failed (null before). */
    private volatile Boolean pipe;

    /** target writes to file descriptor fd (1 or 2). */
    public StdStream(PrintStream target, int fd) {
        this.target = target;
        this.fd = fd;
    }

    /** From now on a broken pipe ends the run of this scheduler (until then it is only ignored). */
    public void endsRunOf(Scheduler s) {
        this.scheduler = s;
    }

    @Override
    public void write(int b) {
        target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        target.write(b, off, len);
    }

    /**
     * Flushes, then ends the run if a write to a pipe has failed (checkError flushes too). The goroutine
     * that wrote stops here, as the Go program stops in its failing write; any other thread (the end of
     * the run printing its report, a shutdown hook) returns and lets the run end.
     */
    @Override
    public void flush() {
        Scheduler s = scheduler;
        if (target.checkError() && s != null && onPipe() && !Signals.caught(SIGPIPE)
                && s.die(SIGPIPE_STATUS) && Thread.currentThread().isVirtual()) {
            throw s.exit(SIGPIPE_STATUS);
        }
    }

    private boolean onPipe() {
        Boolean p = pipe;
        if (p == null) {
            Path fds = Path.of("/proc/self/fd");
            try {
                String link = Files.readSymbolicLink(fds.resolve(Integer.toString(fd))).toString();
                p = link.startsWith("pipe:") || link.startsWith("socket:");
            } catch (IOException | UnsupportedOperationException e) {
                p = !Files.isDirectory(fds); // a closed descriptor has no entry; no /proc: assume a pipe
            }
            pipe = p;
        }
        return p;
    }
}
