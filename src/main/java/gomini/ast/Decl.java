package gomini.ast;

import java.util.List;

public sealed interface Decl extends Node {

    /** tok is IMPORT, CONST, TYPE or VAR. */
    record GenDecl(Pos pos, Token tok, List<Spec> specs) implements Decl {}

    /** recv is null for a function; body is null for a declaration without one. */
    record FuncDecl(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.BlockStmt body) implements Decl {}
}
