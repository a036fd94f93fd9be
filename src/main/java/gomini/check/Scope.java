package gomini.check;

import gomini.ast.Pos;
import java.util.HashMap;
import java.util.Map;

/** A block's names. Each scope belongs to one function (null for package and universe). */
final class Scope {
    final Scope parent;
    final FuncCtx func;
    private final Map<String, Symbol> names = new HashMap<>();
    private final Map<String, Pos> positions = new HashMap<>();

    Scope(Scope parent, FuncCtx func) {
        this.parent = parent;
        this.func = func;
    }

    Symbol local(String name) {
        return names.get(name);
    }

    Pos position(String name) {
        return positions.get(name);
    }

    void put(String name, Symbol s) {
        names.put(name, s);
    }

    void put(String name, Symbol s, Pos pos) {
        names.put(name, s);
        positions.put(name, pos);
    }

    /** The innermost scope declaring name, or null. */
    Scope lookupScope(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.names.containsKey(name)) {
                return s;
            }
        }
        return null;
    }
}
