package gomini.ast;

import java.util.List;

public sealed interface Spec extends Node {

    /** name is null, an identifier, or "." / "_"; path is the unquoted import path. */
    record ImportSpec(Pos pos, Expr.Ident name, String path, Pos pathPos) implements Spec {}

    /**
     * A var or const spec. For a const spec with no type and no values, Go repeats the previous
     * spec's type and values: the checker does that, using iota (the spec's index in its group).
     */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code type name T}, or {@code type name = T} when alias. */
    record TypeSpec(Pos pos, Expr.Ident name, boolean alias, Expr type) implements Spec {}
}
