package gomini.syntax;

import gomini.ast.Expr;
import gomini.ast.Pos;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Statements, from the parse tree. */
final class StmtBuilder {
    private final AstBuilder b;
    private final ExprBuilder x;
    private final Map<StatementListContext, List<Stmt>> built = new IdentityHashMap<>();

    StmtBuilder(AstBuilder b, ExprBuilder x) {
        this.b = b;
        this.x = x;
    }

    Stmt.BlockStmt block(BlockContext ctx) {
        return new Stmt.BlockStmt(b.pos(ctx), list(ctx.statementList()), b.pos(ctx.R_CURLY()));
    }

    /**
     * The statements of a list, built by EagerBuild as the parser left each one (their parse trees
     * are gone); empty statements are dropped, as cmd/compile does.
     */
    List<Stmt> list(StatementListContext ctx) {
        List<Stmt> out = built.remove(ctx);
        return out != null ? out : new ArrayList<>();
    }

    void built(StatementListContext list, Stmt s) {
        built.computeIfAbsent(list, k -> new ArrayList<>()).add(s);
    }

    /** A statement of a list, which the parser has just left: {@code next} is the token after it. */
    Stmt stmt(StatementContext ctx, org.antlr.v4.runtime.Token next) {
        b.follow = next;
        return stmt(ctx);
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
        if (ctx.RANGE() != null) {
            b.syntaxError(b.pos(ctx.RANGE()), "unexpected range, expecting expression");
            return new Stmt.ExprStmt(p, x.expr(ctx.expr()));
        }
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
                b.error(b.pos(e), "non-name " + e.getText() + " on left side of :=");
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
        Header parts = header(h.simpleStmt(), h.SEMI(), "if");
        Stmt els = null;
        if (ctx.ifStmt() != null) {
            els = ifStmt(ctx.ifStmt());
        } else if (ctx.block().size() > 1) {
            els = block(ctx.block(1));
        }
        Expr cond = null;
        if (parts.last instanceof Stmt.ExprStmt e) {
            cond = e.x();
        } else if (parts.last == null) {
            TerminalNode semi = h.SEMI();
            if (semi != null && semi.getText().equals(";")) {
                b.syntaxError(b.pos(semi), "missing condition in if statement");
            } else if (semi != null) {
                b.syntaxError(b.pos(semi), "unexpected newline, expecting { after if clause");
            }
        }
        return new Stmt.IfStmt(b.pos(ctx), parts.init, cond, block(ctx.block(0)), els);
    }

    private record Header(Stmt init, Stmt last) {}

    /**
     * The statements of an if or switch header: `[init;] last`. The last one must be an expression
     * (or a type switch guard, which the caller allows for).
     */
    private Header header(List<SimpleStmtContext> stmts, TerminalNode semi, String keyword) {
        Stmt init = null;
        SimpleStmtContext last = null;
        if (semi == null) {
            last = stmts.get(0);
        } else {
            for (SimpleStmtContext s : stmts) {
                if (s.getStart().getTokenIndex() < semi.getSymbol().getTokenIndex()) {
                    init = simple(s);
                } else {
                    last = s;
                }
            }
        }
        Stmt lastStmt = null;
        if (last != null) {
            if (keyword.equals("switch") && isTypeSwitchGuard(last)) {
                x.allowTypeSwitchGuard(guardOperand(last));
            }
            lastStmt = simple(last);
            if (!(lastStmt instanceof Stmt.ExprStmt) && !isGuard(lastStmt)) {
                b.syntaxError(opPos(last), "cannot use " + text(last) + " as value");
            }
        }
        return new Header(init, lastStmt);
    }

    private static boolean isGuard(Stmt s) {
        return s instanceof Stmt.AssignStmt a && a.rhs().size() == 1
                && a.rhs().get(0) instanceof Expr.TypeAssertExpr t && t.type() == null;
    }

    /** `x.(type)` or `v := x.(type)`: the header of a type switch. */
    private static boolean isTypeSwitchGuard(SimpleStmtContext s) {
        if (s.ARROW() != null || s.INC() != null || s.DEC() != null || s.assignOp() != null || s.RANGE() != null) {
            return false;
        }
        List<ExpressionListContext> lists = s.expressionList();
        ExpressionListContext rhs = lists.get(lists.size() - 1);
        if (rhs.expr().size() != 1 || guardOperand(s) == null) {
            return false;
        }
        return s.DEFINE() == null || lists.get(0).expr().size() == 1;
    }

    private static PrimaryExprContext guardOperand(SimpleStmtContext s) {
        List<ExpressionListContext> lists = s.expressionList();
        ExprContext e = lists.get(lists.size() - 1).expr(0);
        if (e.unaryExpr() == null || e.unaryExpr().primaryExpr() == null) {
            return null;
        }
        PrimaryExprContext p = e.unaryExpr().primaryExpr();
        return p.TYPE() != null ? p : null;
    }

    private Stmt switchStmt(SwitchStmtContext ctx) {
        Pos p = b.pos(ctx);
        Pos rbrace = b.pos(ctx.R_CURLY());
        Header parts = new Header(null, null);
        SwitchHeaderContext h = ctx.switchHeader();
        if (h != null) {
            parts = header(h.simpleStmt(), h.SEMI(), "switch");
        }
        boolean typeSwitch = parts.last != null && (isGuard(parts.last)
                || parts.last instanceof Stmt.ExprStmt e && e.x() instanceof Expr.TypeAssertExpr t && t.type() == null);
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext c : ctx.caseClause()) {
            List<Expr> list = null;
            if (c.CASE() != null) {
                list = new ArrayList<>();
                for (ArgumentContext a : c.argument()) {
                    list.add(a.expr() != null ? x.expr(a.expr()) : x.nonNameType(a.nonNameType()));
                }
            }
            clauses.add(new Stmt.CaseClause(b.pos(c), list, list(c.statementList())));
        }
        if (typeSwitch) {
            return new Stmt.TypeSwitchStmt(p, parts.init, parts.last, clauses, rbrace);
        }
        Expr tag = parts.last instanceof Stmt.ExprStmt e ? e.x() : null;
        return new Stmt.SwitchStmt(p, parts.init, tag, clauses, rbrace);
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
        if (h.RANGE() != null) {
            return new Stmt.RangeStmt(p, null, null, null, x.expr(h.expr()), body);
        }
        if (h.SEMI().isEmpty()) {
            SimpleStmtContext s = h.simpleStmt(0);
            if (s.RANGE() != null) {
                return range(p, s, body);
            }
            Stmt cond = simple(s);
            if (!(cond instanceof Stmt.ExprStmt e)) {
                b.syntaxError(opPos(s), "cannot use " + text(s) + " as value");
                return null;
            }
            return new Stmt.ForStmt(p, null, e.x(), null, body);
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
                        b.syntaxError(opPos(s), "cannot declare in post statement of for loop");
                    }
                }
            } else if (c instanceof ExprContext e) {
                cond = x.expr(e);
            }
        }
        return new Stmt.ForStmt(p, init, cond, post, body);
    }

    private Stmt range(Pos p, SimpleStmtContext s, Stmt.BlockStmt body) {
        List<Expr> vars = x.list(s.expressionList(0));
        if (vars.size() > 2) {
            b.error(vars.get(2).pos(), "range clause permits at most two iteration variables");
        }
        Token tok = s.DEFINE() != null ? Token.DEFINE : Token.ASSIGN;
        if (tok == Token.DEFINE) {
            checkDefineNames(s.expressionList(0));
        }
        return new Stmt.RangeStmt(p, vars.get(0), vars.size() > 1 ? vars.get(1) : null, tok, x.expr(s.expr()), body);
    }

    /** Where cmd/compile places a simple statement: at its operator. */
    private Pos opPos(SimpleStmtContext s) {
        if (s.getChildCount() > 1) {
            ParseTree op = s.getChild(1);
            return op instanceof TerminalNode t ? b.pos(t) : b.pos((AssignOpContext) op);
        }
        return b.pos(s);
    }

    private static String text(SimpleStmtContext s) {
        StringBuilder sb = new StringBuilder();
        for (ParseTree c : s.children) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(c.getText());
        }
        return sb.toString();
    }
}
