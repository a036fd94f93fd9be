package gomini.check;

import gomini.ast.Node;
import gomini.types.Signature;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The function whose body is being checked: hands out frame slots, keeps its closure captures
 * (one CAPTURE var per captured outer variable), its labels, and its signature for return statements.
 */
final class FuncCtx {
    final FuncCtx parent;
    final Node node;
    final Signature sig;
    int nextSlot;
    final List<Symbol.Var> params = new ArrayList<>();
    final List<Symbol.Var> results = new ArrayList<>();
    final List<Symbol.Var> captures = new ArrayList<>();
    private final IdentityHashMap<Symbol.Var, Symbol.Var> captureOf = new IdentityHashMap<>();
    /** Named results, for bare returns. */
    boolean namedResults;

    FuncCtx(FuncCtx parent, Node node, Signature sig) {
        this.parent = parent;
        this.node = node;
        this.sig = sig;
    }

    Symbol.Var newVar(String name, gomini.types.Type type, gomini.ast.Pos pos, Symbol.Var.Kind kind) {
        Symbol.Var v = new Symbol.Var(name, type, pos, kind);
        v.index = nextSlot++;
        if (kind == Symbol.Var.Kind.PARAM) {
            params.add(v);
        } else if (kind == Symbol.Var.Kind.RESULT) {
            results.add(v);
        }
        return v;
    }

    /** The CAPTURE var standing for outer (a variable of the enclosing function) in this closure. */
    Symbol.Var captureFor(Symbol.Var outer) {
        Symbol.Var c = captureOf.get(outer);
        if (c == null) {
            c = new Symbol.Var(outer.name(), outer.type(), outer.pos(), Symbol.Var.Kind.CAPTURE);
            c.index = nextSlot++;
            c.outer = outer;
            c.boxed = true;
            outer.boxed = true;
            captureOf.put(outer, c);
            captures.add(c);
        }
        return c;
    }

    Info.FuncInfo info() {
        return new Info.FuncInfo(nextSlot, List.copyOf(params), List.copyOf(results), List.copyOf(captures));
    }
}
