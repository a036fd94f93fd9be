package gomini.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * Output on an interactive terminal, from any goroutine: whole lines go through
 * {@link LineReader#printAbove}, which is thread-safe and, while the user is editing, prints above the
 * prompt and redraws the line being edited, so background goroutines never corrupt it. A partial line
 * waits for its newline, or for {@link #flushPartial} at the end of an input. {@link #flush} does
 * nothing, so that writers flushing after every write do not break lines.
 */
final class TerminalOutput extends OutputStream {
    private final LineReader reader;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    TerminalOutput(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                pending.write(b, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        pending.write(b, start, off + len - start);
    }

    /** Prints a pending partial line (with a newline: the prompt comes next). */
    synchronized void flushPartial() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String s = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        reader.printAbove(s);
    }
}
