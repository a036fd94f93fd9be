package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.ProgramIO;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import java.io.InputStream;

/** Reading bytes from an io.Reader value: the program's stdin directly, anything else through its Read method. */
final class ByteSource {
    private final Goroutine g;
    private final InputStream in;
    private final Iface reader;
    private final GoFunc read;
    private boolean eof;

    private ByteSource(Goroutine g, InputStream in, Iface reader, GoFunc read) {
        this.g = g;
        this.in = in;
        this.reader = reader;
        this.read = read;
    }

    static ByteSource of(Goroutine g, Object r) {
        if (!(r instanceof Iface iv)) {
            throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        if (iv.type() == OsPackage.FILE_PTR && (Long) ((StructValue) iv.value()).fields[0] == 0L) {
            return new ByteSource(g, ProgramIO.of(g).stdin(), null, null);
        }
        return new ByteSource(g, null, iv, Methods.lookup(iv.type(), "Read"));
    }

    /** Up to max bytes appended to sb; -1 at end of input. */
    int read(StringBuilder sb, int max) {
        if (eof) {
            return -1;
        }
        if (in != null) {
            byte[] b = new byte[max];
            int n;
            n = ProgramIO.readStdin(g, in, b, max);
            if (n < 0) {
                eof = true;
                return -1;
            }
            for (int i = 0; i < n; i++) {
                sb.append((char) (b[i] & 0xFF));
            }
            return n;
        }
        Object[] buf = new Object[max];
        java.util.Arrays.fill(buf, 0L);
        SliceValue s = new SliceValue(buf);
        Object[] r = (Object[]) read.call(g, new Object[] {reader.value(), s});
        int n = (int) (long) (Long) r[0];
        for (int i = 0; i < n; i++) {
            sb.append((char) ((Long) buf[i] & 0xFF));
        }
        if (r[1] != null) {
            eof = true;
            return n == 0 ? -1 : n;
        }
        return n;
    }

    /** One byte, or -1 at end of input (fmt.Scan reads unbuffered, as Go's does from os.Stdin). */
    int readByte() {
        StringBuilder sb = new StringBuilder(1);
        while (true) {
            int n = read(sb, 1);
            if (n < 0) {
                return -1;
            }
            if (n > 0) {
                return sb.charAt(0);
            }
        }
    }
}
