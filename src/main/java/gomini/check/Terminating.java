package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Stmt;
import gomini.ast.Token;
import java.util.List;

/** The spec's "Terminating statements", for "missing return". */
final class Terminating {
    private Terminating() {}

    static boolean isTerminating(Stmt s, String label) {
        return switch (s) {
            case null -> false;
            case Stmt.ReturnStmt r -> true;
            case Stmt.BranchStmt b -> b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
            case Stmt.ExprStmt e -> Assignments.unparen(e.x()) instanceof Expr.CallExpr call
                    && Assignments.unparen(call.fun()) instanceof Expr.Ident id && id.name().equals("panic");
            case Stmt.BlockStmt b -> isTerminatingList(b.list());
            case Stmt.IfStmt i -> i.els() != null && isTerminating(i.body(), null) && isTerminating(i.els(), null);
            case Stmt.LabeledStmt l -> isTerminating(l.stmt(), l.label().name());
            case Stmt.ForStmt f -> f.cond() == null && !hasBreak(f.body(), label, true);
            case Stmt.SwitchStmt sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cl : sw.clauses()) {
                    hasDefault |= cl.list() == null;
                    if (!isTerminatingList(cl.body()) && !endsInFallthrough(cl.body()) || hasBreakList(cl.body(), label, true)) {
                        yield false;
                    }
                }
                yield hasDefault;
            }
            case Stmt.TypeSwitchStmt sw -> {
                boolean hasDefault = false;
                for (Stmt.CaseClause cl : sw.clauses()) {
                    hasDefault |= cl.list() == null;
                    if (!isTerminatingList(cl.body()) || hasBreakList(cl.body(), label, true)) {
                        yield false;
                    }
                }
                yield hasDefault;
            }
            case Stmt.SelectStmt sel -> {
                for (Stmt.CommClause cl : sel.clauses()) {
                    if (!isTerminatingList(cl.body()) || hasBreakList(cl.body(), label, true)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean isTerminatingList(List<Stmt> list) {
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Stmt.EmptyStmt) {
            i--;
        }
        return i >= 0 && isTerminating(list.get(i), null);
    }

    private static boolean endsInFallthrough(List<Stmt> list) {
        return !list.isEmpty() && list.get(list.size() - 1) instanceof Stmt.BranchStmt b && b.tok() == Token.FALLTHROUGH;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether s contains a break out of the statement being analyzed (unlabeled only when implicit). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case null -> false;
            case Stmt.BranchStmt b -> b.tok() == Token.BREAK
                    && (b.label() == null ? implicit : b.label().name().equals(label));
            case Stmt.BlockStmt b -> hasBreakList(b.list(), label, implicit);
            case Stmt.LabeledStmt l -> hasBreak(l.stmt(), label, implicit);
            case Stmt.IfStmt i -> hasBreak(i.body(), label, implicit) || hasBreak(i.els(), label, implicit);
            case Stmt.CaseClause cl -> hasBreakList(cl.body(), label, implicit);
            case Stmt.CommClause cl -> hasBreakList(cl.body(), label, implicit);
            // inside nested breakable statements an unlabeled break is theirs
            case Stmt.ForStmt f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.RangeStmt r -> label != null && hasBreak(r.body(), label, false);
            case Stmt.SwitchStmt sw -> label != null && sw.clauses().stream().anyMatch(cl -> hasBreak(cl, label, false));
            case Stmt.TypeSwitchStmt sw -> label != null && sw.clauses().stream().anyMatch(cl -> hasBreak(cl, label, false));
            case Stmt.SelectStmt sel -> label != null && sel.clauses().stream().anyMatch(cl -> hasBreak(cl, label, false));
            default -> false;
        };
    }
}
