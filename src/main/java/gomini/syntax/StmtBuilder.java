package gomini.syntax;

import gomini.ast.Expr;
import gomini.ast.Pos;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Statements, from the parse tree. */
final class StmtBuilder {
    private final AstBuilder b;
    private final ExprBuilder x;

    StmtBuilder(AstBuilder b, ExprBuilder x) {
        this.b = b;
        this.x = x;
    }

    Stmt.BlockStmt block(BlockContext ctx) {
        return new Stmt.BlockStmt(b.pos(ctx), list(ctx.statementList()), b.pos(ctx.R_CURLY()));
    }

    /** The statements of a list; empty statements are dropped, as cmd/compile does. */
    List<Stmt> list(StatementListContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            if (s.emptyStmt() == null) {
                out.add(stmt(s));
            }
        }
        return out;
    }

    Stmt stmt(StatementContext ctx) {
        Pos p = b.pos(ctx);
        if (ctx.declaration() != null) {
            return new Stmt.DeclStmt(p, b.declaration(ctx.declaration()));
        }
        if (ctx.labeledStmt() != null) {
            LabeledStmtContext l = ctx.labeledStmt();
            return new Stmt.LabeledStmt(p, b.ident(l.IDENT()), stmt(l.statement()));
        }
        if (ctx.simpleStmt() != null) {
            return simple(ctx.simpleStmt());
        }
        if (ctx.goStmt() != null) {
            return new Stmt.GoStmt(p, call("go", ctx.goStmt().expr()));
        }
        if (ctx.deferStmt() != null) {
            return new Stmt.DeferStmt(p, call("defer", ctx.deferStmt().expr()));
        }
        if (ctx.returnStmt() != null) {
            return new Stmt.ReturnStmt(p, x.list(ctx.returnStmt().expressionList()));
        }
        if (ctx.branchStmt() != null) {
            return branch(p, ctx.branchStmt());
        }
        if (ctx.block() != null) {
            return block(ctx.block());
        }
        if (ctx.ifStmt() != null) {
            return ifStmt(ctx.ifStmt());
        }
        if (ctx.switchStmt() != null) {
            return switchStmt(ctx.switchStmt());
        }
        if (ctx.selectStmt() != null) {
            return selectStmt(ctx.selectStmt());
        }
        if (ctx.forStmt() != null) {
            return forStmt(ctx.forStmt());
        }
        return new Stmt.EmptyStmt(p);
    }

    private Expr.CallExpr call(String what, ExprContext ctx) {
        Expr e = x.expr(ctx);
        if (e instanceof Expr.CallExpr c) {
            return c;
        }
        if (e instanceof Expr.ParenExpr) {
            b.error(b.pos(ctx), "expression in " + what + " must not be parenthesized");
        } else {
            b.error(b.pos(ctx), "expression in " + what + " must be function call");
        }
        return null;
    }

    private Stmt branch(Pos p, BranchStmtContext ctx) {
        Expr.Ident label = ctx.IDENT() == null ? null : b.ident(ctx.IDENT());
        Token tok = ctx.BREAK() != null ? Token.BREAK
                : ctx.CONTINUE() != null ? Token.CONTINUE
                : ctx.GOTO() != null ? Token.GOTO : Token.FALLTHROUGH;
        return new Stmt.BranchStmt(p, tok, label);
    }

    Stmt simple(SimpleStmtContext ctx) {
        Pos p = b.pos(ctx);
        List<Expr> lhs = x.list(ctx.expressionList(0));
        if (ctx.assignOp() != null || ctx.DEFINE() != null) {
            Token tok = ctx.DEFINE() != null ? Token.DEFINE : assignOp(ctx.assignOp());
            if (tok == Token.DEFINE) {
                checkDefineNames(ctx.expressionList(0));
            }
            return new Stmt.AssignStmt(p, lhs, tok, x.list(ctx.expressionList(1)));
        }
        if (lhs.size() > 1) {
            b.syntaxErrorAfter(ctx.expressionList(0), "expecting := or = or comma");
        }
        if (ctx.ARROW() != null) {
            return new Stmt.SendStmt(p, lhs.get(0), x.expr(ctx.expr()));
        }
        if (ctx.INC() != null) {
            return new Stmt.IncDecStmt(p, lhs.get(0), Token.INC);
        }
        if (ctx.DEC() != null) {
            return new Stmt.IncDecStmt(p, lhs.get(0), Token.DEC);
        }
        return new Stmt.ExprStmt(p, lhs.get(0));
    }

    private void checkDefineNames(ExpressionListContext lhs) {
        for (ExprContext e : lhs.expr()) {
            if (e.getChildCount() != 1 || !(e.getStart() == e.getStop() && e.getStart().getType() == GoParser.IDENT)) {
                b.syntaxError(b.pos(e), "non-name " + e.getText() + " on left side of :=");
            }
        }
    }

    private static Token assignOp(AssignOpContext ctx) {
        return switch (ctx.getStart().getType()) {
            case GoParser.ASSIGN -> Token.ASSIGN;
            case GoParser.ADD_ASSIGN -> Token.ADD_ASSIGN;
            case GoParser.SUB_ASSIGN -> Token.SUB_ASSIGN;
            case GoParser.MUL_ASSIGN -> Token.MUL_ASSIGN;
            case GoParser.QUO_ASSIGN -> Token.QUO_ASSIGN;
            case GoParser.REM_ASSIGN -> Token.REM_ASSIGN;
            case GoParser.AND_ASSIGN -> Token.AND_ASSIGN;
            case GoParser.OR_ASSIGN -> Token.OR_ASSIGN;
            case GoParser.XOR_ASSIGN -> Token.XOR_ASSIGN;
            case GoParser.SHL_ASSIGN -> Token.SHL_ASSIGN;
            case GoParser.SHR_ASSIGN -> Token.SHR_ASSIGN;
            default -> Token.AND_NOT_ASSIGN;
        };
    }

    private Stmt ifStmt(IfStmtContext ctx) {
        IfHeaderContext h = ctx.ifHeader();
        Stmt init = h.simpleStmt() == null ? null : simple(h.simpleStmt());
        Stmt els = null;
        if (ctx.ifStmt() != null) {
            els = ifStmt(ctx.ifStmt());
        } else if (ctx.block().size() > 1) {
            els = block(ctx.block(1));
        }
        return new Stmt.IfStmt(b.pos(ctx), init, x.expr(h.expr()), block(ctx.block(0)), els);
    }

    private Stmt switchStmt(SwitchStmtContext ctx) {
        Pos p = b.pos(ctx);
        Pos rbrace = b.pos(ctx.R_CURLY());
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        if (ctx.typeSwitchHeader() != null) {
            TypeSwitchHeaderContext h = ctx.typeSwitchHeader();
            Stmt init = h.simpleStmt() == null ? null : simple(h.simpleStmt());
            TypeSwitchGuardContext g = h.typeSwitchGuard();
            Expr subject = x.primary(g.primaryExpr());
            Expr guard = new Expr.TypeAssertExpr(subject.pos(), subject, null);
            Stmt assign = g.IDENT() == null ? new Stmt.ExprStmt(guard.pos(), guard)
                    : new Stmt.AssignStmt(b.pos(g), List.of(b.ident(g.IDENT())), Token.DEFINE, List.of(guard));
            for (TypeCaseClauseContext c : ctx.typeCaseClause()) {
                List<Expr> types = null;
                if (c.CASE() != null) {
                    types = new ArrayList<>();
                    for (Type_Context t : c.type_()) {
                        types.add(x.type(t));
                    }
                }
                clauses.add(new Stmt.CaseClause(b.pos(c), types, list(c.statementList())));
            }
            return new Stmt.TypeSwitchStmt(p, init, assign, clauses, rbrace);
        }
        Stmt init = null;
        Expr tag = null;
        SwitchHeaderContext h = ctx.switchHeader();
        if (h != null) {
            init = h.simpleStmt() == null ? null : simple(h.simpleStmt());
            tag = h.expr() == null ? null : x.expr(h.expr());
        }
        for (ExprCaseClauseContext c : ctx.exprCaseClause()) {
            List<Expr> values = c.CASE() == null ? null : x.list(c.expressionList());
            clauses.add(new Stmt.CaseClause(b.pos(c), values, list(c.statementList())));
        }
        return new Stmt.SwitchStmt(p, init, tag, clauses, rbrace);
    }

    private Stmt selectStmt(SelectStmtContext ctx) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext c : ctx.commClause()) {
            Stmt comm = null;
            if (c.simpleStmt() != null) {
                comm = simple(c.simpleStmt());
                checkComm(comm);
            }
            clauses.add(new Stmt.CommClause(b.pos(c), comm, list(c.statementList())));
        }
        return new Stmt.SelectStmt(b.pos(ctx), clauses);
    }

    private void checkComm(Stmt comm) {
        boolean ok = switch (comm) {
            case Stmt.SendStmt s -> true;
            case Stmt.ExprStmt e -> isReceive(e.x());
            case Stmt.AssignStmt a -> a.lhs().size() <= 2 && a.rhs().size() == 1 && isReceive(a.rhs().get(0))
                    && (a.tok() == Token.ASSIGN || a.tok() == Token.DEFINE);
            default -> false;
        };
        if (!ok) {
            b.error(comm.pos(), "select case must be receive, send or assign recv");
        }
    }

    private static boolean isReceive(Expr e) {
        while (e instanceof Expr.ParenExpr p) {
            e = p.x();
        }
        return e instanceof Expr.UnaryExpr u && u.op() == Token.ARROW;
    }

    private Stmt forStmt(ForStmtContext ctx) {
        Pos p = b.pos(ctx);
        Stmt.BlockStmt body = block(ctx.block());
        ForHeaderContext h = ctx.forHeader();
        if (h == null) {
            return new Stmt.ForStmt(p, null, null, null, body);
        }
        if (h.rangeClause() != null) {
            RangeClauseContext r = h.rangeClause();
            List<Expr> vars = x.list(r.expressionList());
            if (vars.size() > 2) {
                b.error(vars.get(2).pos(), "range clause permits at most two iteration variables");
            }
            Token tok = r.DEFINE() != null ? Token.DEFINE : r.ASSIGN() != null ? Token.ASSIGN : null;
            if (tok == Token.DEFINE) {
                checkDefineNames(r.expressionList());
            }
            return new Stmt.RangeStmt(p, vars.isEmpty() ? null : vars.get(0), vars.size() > 1 ? vars.get(1) : null,
                    tok, x.expr(r.expr()), body);
        }
        if (h.SEMI().isEmpty()) {
            return new Stmt.ForStmt(p, null, x.expr(h.expr()), null, body);
        }
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        int semis = 0;
        for (ParseTree c : h.children) {
            if (c instanceof TerminalNode) {
                semis++;
            } else if (c instanceof SimpleStmtContext s) {
                if (semis == 0) {
                    init = simple(s);
                } else {
                    post = simple(s);
                    if (post instanceof Stmt.AssignStmt a && a.tok() == Token.DEFINE) {
                        b.syntaxError(post.pos(), "cannot declare in post statement of for loop");
                    }
                }
            } else if (c instanceof ExprContext e) {
                cond = x.expr(e);
            }
        }
        return new Stmt.ForStmt(p, init, cond, post, body);
    }
}
