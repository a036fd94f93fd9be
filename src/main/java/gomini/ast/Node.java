package gomini.ast;

/**
 * Every syntax node knows where it starts. Nodes are records, so two nodes with equal contents are
 * equal: side tables keyed by node (the checker's) must be identity maps.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, File {
    Pos pos();
}
