package gomini.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What a running program sees of its process: its standard streams, arguments and environment, and
 * how it exits. Several programs may run in one JVM (tests), so natives reach it through their
 * Goroutine, never through System.out.
 */
public interface ProgramIO {
    PrintStream stdout();

    PrintStream stderr();

    InputStream stdin();

    /** os.Args: the program name first. */
    List<String> args();

    default Map<String, String> env() {
        return System.getenv();
    }

    /** os.Exit: ends the program at once with this status (deferred calls do not run). */
    void exit(int code);

    /** The process's own streams, for natives called without a program (unit tests). */
    ProgramIO SYSTEM = new ProgramIO() {
        @Override
        public PrintStream stdout() {
            return System.out;
        }

        @Override
        public PrintStream stderr() {
            return System.err;
        }

        @Override
        public InputStream stdin() {
            return System.in;
        }

        @Override
        public List<String> args() {
            return List.of("gomini");
        }

        @Override
        public void exit(int code) {
            throw new IllegalStateException("os.Exit(" + code + ") outside a program");
        }
    };

    /** The program g belongs to (the process's streams when g or its io is not set). */
    static ProgramIO of(Goroutine g) {
        ProgramIO io = g == null ? null : g.io();
        return io == null ? SYSTEM : io;
    }

    /**
     * Reads standard input for goroutine g. While it waits, the goroutine is in a system call, as Go
     * says: never asleep for the deadlock detector, and not waited for when the program ends (a read
     * cannot be woken). Returns -1 at end of input or on an I/O error.
     */
    static int readStdin(Goroutine g, InputStream in, byte[] b, int max) {
        try {
            return readStdinOrThrow(g, in, b, max);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** {@link #readStdin}, passing I/O errors on. */
    static int readStdinOrThrow(Goroutine g, InputStream in, byte[] b, int max) throws java.io.IOException {
        Scheduler s = g == null ? null : g.scheduler();
        if (s != null) {
            s.enterSyscall(g);
        }
        try {
            return in.read(b, 0, max);
        } finally {
            if (s != null) {
                s.exitSyscall(g);
            }
        }
    }
}
