package gomini.syntax;

import gomini.ast.File;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The ASTs of files parsed before, one file per source file, as Go's build cache keeps compiled packages:
 * a program run again unchanged skips the lexer and the parser. In a short run they are most of the front
 * end: the parser's prediction builds its DFA cold in every JVM (~25 ms for bench/pingpong.go; a file ten
 * times as long takes only ~15 ms more), after ~13 ms of deserializing the lexer's and the parser's
 * tables.
 *
 * <p>The launcher turns it on ({@code -Dgomini.parseCache=DIR}, DIR in target/) and empties DIR after each
 * new build. An entry also names the build that wrote it (its jar's size and modification time), so one
 * written by a run still going across a rebuild is not read by the new build's AST classes. It holds the
 * file's path and its whole source, compared byte for byte before the AST is used: a hash names the entry
 * but never decides a hit. Only files that parsed without errors are stored, so error messages always
 * come from the parser. Anything unreadable is a miss, anything unwritable is skipped: the cache can only
 * save time.
 */
final class ParseCache {
    private static final int MAGIC = 0x474f4d41; // "GOMA"
    /** Sources above this are parsed every time: their entries would be as large, for one run's gain. */
    private static final int MAX_SOURCE = 1 << 22;

    private final Path dir;
    /** The build of gomini that reads and writes here: its class path's first entry's size and time. */
    private final long build;

    private ParseCache(Path dir, long build) {
        this.dir = dir;
        this.build = build;
    }

    /** The cache the launcher asked for with -Dgomini.parseCache, or null. */
    static ParseCache configured() {
        String dir = System.getProperty("gomini.parseCache");
        return dir == null || dir.isEmpty() ? null : in(Path.of(dir));
    }

    /** This build of gomini, looked up once per run (a program's packages parse several files). */
    private static final long THIS_BUILD = thisBuild();

    /** A cache in dir for this build of gomini (tests use it directly). */
    static ParseCache in(Path dir) {
        return in(dir, THIS_BUILD);
    }

    /** A cache in dir for the given build (tests). */
    static ParseCache in(Path dir, long build) {
        return new ParseCache(dir, build);
    }

    private static long thisBuild() {
        try {
            String first = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0];
            BasicFileAttributes a = Files.readAttributes(Path.of(first), BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() * 31 + a.size();
        } catch (IOException | RuntimeException e) {
            return 0; // entries then match any build that cannot tell either: only the launcher's emptying helps
        }
    }

    /** The AST stored for exactly this path and source, or null. */
    File lookup(String path, byte[] source) {
        if (source.length > MAX_SOURCE) {
            return null;
        }
        byte[] entry;
        try {
            entry = Files.readAllBytes(entry(path, source));
        } catch (IOException | RuntimeException e) {
            return null; // none yet (NoSuchFileException), or unreadable
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            if (in.readInt() != MAGIC || in.readInt() != AstCodec.VERSION || in.readLong() != build
                    || !Arrays.equals(bytes(in), path.getBytes(StandardCharsets.UTF_8))
                    || !Arrays.equals(bytes(in), source)) {
                return null;
            }
            return AstCodec.decode(in);
        } catch (IOException | RuntimeException e) {
            return null; // a truncated or foreign entry: parse, and store over it
        }
    }

    /** Stores f, the AST of path's source; silently does nothing if it cannot. */
    void store(String path, byte[] source, File f) {
        if (source.length > MAX_SOURCE) {
            return;
        }
        Path entry = entry(path, source);
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * source.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(AstCodec.VERSION);
            out.writeLong(build);
            bytes(out, path.getBytes(StandardCharsets.UTF_8));
            bytes(out, source);
            int header = bytes.size();
            AstCodec.encode(f, out);
            out.flush();
            byte[] entryBytes = bytes.toByteArray();
            // Read back before storing: an encoding that does not give f back is never stored. This also
            // loads the decoder's classes in the run that trains the AOT cache (a store, never a hit), so a
            // hit finds them there instead of opening the jar for them (~12 ms).
            DataInputStream check = new DataInputStream(
                    new ByteArrayInputStream(entryBytes, header, entryBytes.length - header));
            if (!f.equals(AstCodec.decode(check))) {
                return;
            }
            Files.createDirectories(dir);
            // written whole under a name of its own, then renamed: a concurrent run sees all of it or none
            tmp = Files.createTempFile(dir, entry.getFileName().toString(), ".tmp");
            Files.write(tmp, entryBytes);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // no entry this time (a read-only target/, a full disk, a string too long for the encoding)
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next build's emptying of the directory
                }
            }
        }
    }

    /** The entry's name: a 64-bit FNV-1a hash of the path and the source. */
    private Path entry(String path, byte[] source) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h *= 0x100000001b3L; // a separator, so that ("ab", "c") and ("a", "bc") differ
        for (byte b : source) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return dir.resolve(Long.toHexString(h) + ".ast");
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length");
        }
        return in.readNBytes(n);
    }
}
