package gomini.ast;

import java.util.List;

/**
 * A struct field, parameter, result or interface method. names is empty for an embedded field, an
 * unnamed parameter or an embedded interface; tag is the raw tag literal or null.
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, String tag) implements Node {}
