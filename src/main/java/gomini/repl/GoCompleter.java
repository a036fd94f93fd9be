package gomini.repl;

import gomini.check.Session;
import gomini.lib.GoPackage;
import gomini.lib.Registry;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Struct;
import gomini.types.Type;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands after a leading colon; after {@code pkg.} the package's exported members
 * ({@code time.} → After, Duration, Sleep, ...); after {@code x.} for a session variable, its fields and
 * methods; otherwise Go's keywords and the names in scope at the prompt.
 */
final class GoCompleter implements Completer {
    static final List<String> KEYWORDS = List.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");

    private final Supplier<Session> session;

    GoCompleter(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String s : candidates(line.word().substring(0, line.wordCursor()))) {
            int dot = s.lastIndexOf('.');
            String display = dot >= 0 && !s.startsWith(":") ? s.substring(dot + 1) : s;
            candidates.add(new Candidate(s, display, null, null, null, null, true));
        }
    }

    /** The completions of word (whole replacement texts), sorted. */
    TreeSet<String> candidates(String word) {
        TreeSet<String> out = new TreeSet<>();
        if (word.startsWith(":")) {
            for (String c : Commands.NAMES) {
                if (c.startsWith(word)) {
                    out.add(c);
                }
            }
            return out;
        }
        Session s = session.get();
        int dot = word.lastIndexOf('.');
        if (dot < 0) {
            for (String k : KEYWORDS) {
                if (k.startsWith(word)) {
                    out.add(k);
                }
            }
            for (String n : s.names()) {
                if (n.startsWith(word)) {
                    out.add(n);
                }
            }
            return out;
        }
        String base = word.substring(0, dot);
        String prefix = word.substring(dot + 1);
        TreeSet<String> members = new TreeSet<>();
        String path = base.contains(".") ? null : s.packagePath(base);
        if (path != null) {
            GoPackage p = Registry.lookup(path);
            if (p != null) {
                members.addAll(p.members().keySet());
            }
        } else if (!base.contains(".")) {
            Type t = s.typeOfName(base);
            if (t != null) {
                addMembers(t, members);
            }
        }
        for (String m : members) {
            if (m.startsWith(prefix)) {
                out.add(base + "." + m);
            }
        }
        return out;
    }

    private static void addMembers(Type t, TreeSet<String> out) {
        if (t instanceof Pointer p) {
            t = p.elem();
        }
        if (t instanceof Named n) {
            for (Func f : n.methods()) {
                out.add(f.name());
            }
        }
        if (t.underlying() instanceof Struct st) {
            for (Struct.Field f : st.fields()) {
                out.add(f.name());
            }
        }
    }
}
