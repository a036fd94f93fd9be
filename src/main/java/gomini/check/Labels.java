package gomini.check;

import gomini.ast.Pos;
import gomini.ast.Stmt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A function's labels (function-wide, as goto may jump forward): declared, used. */
final class Labels {
    static final class Label {
        final Pos pos;
        final Stmt stmt;
        boolean used;

        Label(Pos pos, Stmt stmt) {
            this.pos = pos;
            this.stmt = stmt;
        }
    }

    final Map<String, Label> labels = new LinkedHashMap<>();

    void collect(Stmt.BlockStmt body, Checker c) {
        walk(body.list(), c);
    }

    private void walk(List<Stmt> list, Checker c) {
        for (Stmt s : list) {
            walk(s, c);
        }
    }

    private void walk(Stmt s, Checker c) {
        switch (s) {
            case null -> {}
            case Stmt.LabeledStmt l -> {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label prev = labels.get(name);
                    if (prev != null) {
                        c.error(l.label(), "label " + name + " already defined at " + prev.pos);
                    } else {
                        labels.put(name, new Label(l.label().pos(), l.stmt()));
                    }
                }
                walk(l.stmt(), c);
            }
            case Stmt.BlockStmt b -> walk(b.list(), c);
            case Stmt.IfStmt i -> {
                walk(i.body(), c);
                walk(i.els(), c);
            }
            case Stmt.ForStmt f -> walk(f.body(), c);
            case Stmt.RangeStmt r -> walk(r.body(), c);
            case Stmt.SwitchStmt sw -> sw.clauses().forEach(cl -> walk(cl.body(), c));
            case Stmt.TypeSwitchStmt sw -> sw.clauses().forEach(cl -> walk(cl.body(), c));
            case Stmt.SelectStmt sel -> sel.clauses().forEach(cl -> walk(cl.body(), c));
            case Stmt.CaseClause cl -> walk(cl.body(), c);
            case Stmt.CommClause cl -> walk(cl.body(), c);
            default -> {}
        }
    }

    void reportUnused(Checker c) {
        for (Map.Entry<String, Label> e : labels.entrySet()) {
            if (!e.getValue().used) {
                c.error(e.getValue().pos, "label " + e.getKey() + " defined and not used");
            }
        }
    }
}
