package gomini.ast;

import java.util.List;

public sealed interface Stmt extends Node {

    record DeclStmt(Pos pos, Decl.GenDecl decl) implements Stmt {}

    record EmptyStmt(Pos pos) implements Stmt {}

    record LabeledStmt(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record SendStmt(Pos pos, Expr chan, Expr value) implements Stmt {}

    record IncDecStmt(Pos pos, Expr x, Token tok) implements Stmt {}

    /** tok is ASSIGN, DEFINE or an op-assignment such as ADD_ASSIGN. */
    record AssignStmt(Pos pos, List<Expr> lhs, Token tok, List<Expr> rhs) implements Stmt {}

    record GoStmt(Pos pos, Expr.CallExpr call) implements Stmt {}

    record DeferStmt(Pos pos, Expr.CallExpr call) implements Stmt {}

    record ReturnStmt(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto or fallthrough; label may be null. */
    record BranchStmt(Pos pos, Token tok, Expr.Ident label) implements Stmt {}

    record BlockStmt(Pos pos, List<Stmt> list, Pos rbrace) implements Stmt {}

    /** els is null, an IfStmt or a BlockStmt. */
    record IfStmt(Pos pos, Stmt init, Expr cond, BlockStmt body, Stmt els) implements Stmt {}

    /** A case of a switch or type switch; list is null for default. */
    record CaseClause(Pos pos, List<Expr> list, List<Stmt> body) implements Stmt {}

    record SwitchStmt(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** assign is {@code x := y.(type)} (an AssignStmt) or {@code y.(type)} (an ExprStmt). */
    record TypeSwitchStmt(Pos pos, Stmt init, Stmt assign, List<CaseClause> clauses, Pos rbrace) implements Stmt {}

    /** A case of a select; comm is null for default, else a SendStmt, an ExprStmt ({@code <-c}) or an AssignStmt. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record SelectStmt(Pos pos, List<CommClause> clauses) implements Stmt {}

    /** Any of init, cond, post may be null. */
    record ForStmt(Pos pos, Stmt init, Expr cond, Stmt post, BlockStmt body) implements Stmt {}

    /** tok is DEFINE, ASSIGN, or null when there is neither key nor value; key and value may be null. */
    record RangeStmt(Pos pos, Expr key, Expr value, Token tok, Expr x, BlockStmt body) implements Stmt {}
}
