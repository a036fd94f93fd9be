package gomini.repl;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The program's stderr: whatever goes to it first flushes stdout, so the two interleave on a shared
 * screen as Go's unbuffered writes do.
 */
final class FlushingStream extends OutputStream {
    private final PrintStream stdout;
    private final OutputStream target;

    FlushingStream(PrintStream stdout, OutputStream target) {
        this.stdout = stdout;
        this.target = target;
    }

    @Override
    public synchronized void write(int b) {
        stdout.flush();
        try {
            target.write(b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        stdout.flush();
        try {
            target.write(b, off, len);
            target.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            target.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
