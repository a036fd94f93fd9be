package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Slice;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Statement dispatch and the control-flow statements: blocks, if, for, range, switch, select, branches. */
final class ControlFlow {
    private final Checker c;
    private final StmtChecker st;

    /** Where a statement stands: which branches are allowed, and the enclosing labeled statements. */
    record Ctx(boolean loop, boolean breakable, Fall fall, Enclosing labels) {
        static final Ctx TOP = new Ctx(false, false, Fall.OUT_OF_PLACE, null);

        Ctx with(Fall f) {
            return new Ctx(loop, breakable, f, labels);
        }
    }

    enum Fall { OK, OUT_OF_PLACE, FINAL, TYPE_SWITCH }

    record Enclosing(String name, boolean loop, Enclosing next) {}

    ControlFlow(Checker c, StmtChecker st) {
        this.c = c;
        this.st = st;
    }

    void stmts(List<Stmt> list, Scope s, Ctx ctx) {
        // fallthrough is allowed only as the last statement of a case body
        int last = list.size() - 1;
        while (last >= 0 && list.get(last) instanceof Stmt.EmptyStmt) {
            last--;
        }
        for (int i = 0; i < list.size(); i++) {
            stmt(list.get(i), s, i == last ? ctx : ctx.with(ctx.fall == Fall.TYPE_SWITCH ? Fall.TYPE_SWITCH : Fall.OUT_OF_PLACE), null);
        }
    }

    void stmt(Stmt x, Scope s, Ctx ctx, String label) {
        switch (x) {
            case Stmt.EmptyStmt e -> {}
            case Stmt.BlockStmt b -> stmts(b.list(), new Scope(s, s.func), ctx.with(Fall.OUT_OF_PLACE));
            case Stmt.ExprStmt e -> st.exprStmt(e, s);
            case Stmt.SendStmt send -> st.send(send, s);
            case Stmt.IncDecStmt inc -> st.incDec(inc, s);
            case Stmt.AssignStmt a -> st.assign(a, s);
            case Stmt.GoStmt g -> st.goDefer(g.call(), "go", s);
            case Stmt.DeferStmt d -> st.goDefer(d.call(), "defer", s);
            case Stmt.ReturnStmt r -> st.ret(r, s);
            case Stmt.DeclStmt d -> st.declStmt(d.decl(), s);
            case Stmt.BranchStmt b -> branch(b, ctx);
            case Stmt.LabeledStmt l -> stmt(l.stmt(), s, ctx, l.label().name());
            case Stmt.IfStmt i -> ifStmt(i, s, ctx);
            case Stmt.ForStmt f -> forStmt(f, s, loopCtx(ctx, label));
            case Stmt.RangeStmt r -> range(r, s, loopCtx(ctx, label));
            case Stmt.SwitchStmt sw -> switchStmt(sw, s, breakCtx(ctx, label));
            case Stmt.TypeSwitchStmt sw -> typeSwitch(sw, s, breakCtx(ctx, label));
            case Stmt.SelectStmt sel -> select(sel, s, breakCtx(ctx, label));
            case Stmt.CaseClause cl -> c.error(cl.pos(), "unexpected case clause");
            case Stmt.CommClause cl -> c.error(cl.pos(), "unexpected case clause");
        }
    }

    private static Ctx loopCtx(Ctx ctx, String label) {
        return new Ctx(true, true, Fall.OUT_OF_PLACE, label == null ? ctx.labels : new Enclosing(label, true, ctx.labels));
    }

    private static Ctx breakCtx(Ctx ctx, String label) {
        return new Ctx(ctx.loop, true, Fall.OUT_OF_PLACE, label == null ? ctx.labels : new Enclosing(label, false, ctx.labels));
    }

    private void branch(Stmt.BranchStmt b, Ctx ctx) {
        Token tok = b.tok();
        if (b.label() != null) {
            String name = b.label().name();
            Labels.Label l = st.body.labels.labels.get(name);
            if (l == null) {
                c.error(b.label(), switch (tok) {
                    case GOTO -> "label " + name + " not defined";
                    default -> tok.text + " label not defined: " + name;
                });
                return;
            }
            l.used = true;
            if (tok == Token.GOTO) {
                return;
            }
            for (Enclosing e = ctx.labels; e != null; e = e.next) {
                if (e.name.equals(name)) {
                    if (tok == Token.CONTINUE && !e.loop) {
                        c.error(b.label(), "invalid continue label " + name);
                    }
                    return;
                }
            }
            c.error(b.label(), "invalid " + tok.text + " label " + name);
            return;
        }
        switch (tok) {
            case BREAK -> {
                if (!ctx.breakable) {
                    c.error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
            case CONTINUE -> {
                if (!ctx.loop) {
                    c.error(b.pos(), "continue is not in a loop");
                }
            }
            case FALLTHROUGH -> {
                switch (ctx.fall) {
                    case OK -> {}
                    case FINAL -> c.error(b.pos(), "cannot fallthrough final case in switch");
                    case TYPE_SWITCH -> c.error(b.pos(), "cannot fallthrough in type switch");
                    default -> c.error(b.pos(), "fallthrough statement out of place");
                }
            }
            default -> c.error(b.pos(), "goto without label");
        }
    }

    private void condition(Expr cond, Scope s, String what) {
        Operand x = c.exprs.expr(cond, s, null);
        if (x.invalid()) {
            return;
        }
        if (!(x.type.underlying() instanceof Basic b) || !b.isBoolean()) {
            c.error(cond, "non-boolean condition in " + what + " statement");
        }
    }

    private void ifStmt(Stmt.IfStmt i, Scope s, Ctx ctx) {
        Scope is = new Scope(s, s.func);
        Ctx inner = ctx.with(Fall.OUT_OF_PLACE);
        if (i.init() != null) {
            stmt(i.init(), is, inner, null);
        }
        condition(i.cond(), is, "if");
        stmts(i.body().list(), new Scope(is, s.func), inner);
        if (i.els() != null) {
            stmt(i.els(), is, inner, null);
        }
    }

    private void forStmt(Stmt.ForStmt f, Scope s, Ctx ctx) {
        Scope fs = new Scope(s, s.func);
        if (f.init() != null) {
            stmt(f.init(), fs, ctx, null);
        }
        if (f.cond() != null) {
            condition(f.cond(), fs, "for");
        }
        if (f.post() != null) {
            if (f.post() instanceof Stmt.AssignStmt a && a.tok() == Token.DEFINE) {
                c.error(a.pos(), "cannot declare in post statement of for loop");
            } else {
                stmt(f.post(), fs, ctx, null);
            }
        }
        stmts(f.body().list(), new Scope(fs, s.func), ctx);
    }

    private void range(Stmt.RangeStmt r, Scope s, Ctx ctx) {
        Scope rs = new Scope(s, s.func);
        Operand x = c.exprs.expr(r.x(), s, null);
        String desc = x.toString();
        Type key = Types.INVALID;
        Type val = null;
        boolean ok = !x.invalid();
        if (ok) {
            Type u = x.type.underlying();
            if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
                u = a;
            }
            switch (u) {
                case Basic b when b.isString() -> {
                    if (x.untyped()) {
                        c.assigns.convertUntyped(x, Types.STRING);
                    }
                    key = Types.INT;
                    val = Types.RUNE;
                }
                case Basic b when b.isInteger() -> {
                    if (x.untyped()) {
                        c.assigns.convertUntyped(x, Types.INT);
                    }
                    key = x.type;
                }
                case Array a -> {
                    key = Types.INT;
                    val = a.elem();
                }
                case Slice sl -> {
                    key = Types.INT;
                    val = sl.elem();
                }
                case Map m -> {
                    key = m.key();
                    val = m.elem();
                }
                case Chan ch -> {
                    if (ch.dir() == Chan.Dir.SEND) {
                        c.error(r.x(), "cannot range over " + x + " (receive from send-only channel)");
                        ok = false;
                    }
                    key = ch.elem();
                }
                default -> {
                    c.error(r.x(), "cannot range over " + x);
                    ok = false;
                }
            }
        }
        if (ok && r.value() != null && val == null) {
            c.error(r.value(), "range over " + desc + " permits only one iteration variable");
            ok = false;
        }
        Expr[] lhs = {r.key(), r.value()};
        Type[] types = {ok ? key : Types.INVALID, ok && val != null ? val : Types.INVALID};
        if (r.tok() == Token.DEFINE) {
            List<Symbol.Var> made = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    c.error(lhs[i], "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                    continue;
                }
                Symbol.Var v = st.newLocal(id, types[i]);
                if (types[i] == Types.INVALID) {
                    v.used = true;
                }
                made.add(v);
                ids.add(id);
            }
            for (int i = 0; i < made.size(); i++) {
                st.declare(rs, ids.get(i), made.get(i));
            }
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Type t = st.lhs(lhs[i], rs);
                if (t != null && t != Types.INVALID && types[i] != Types.INVALID) {
                    Operand v = new Operand(Operand.Mode.VALUE, null, types[i]);
                    if (!Assignability.assignable(types[i], t, null)) {
                        c.error(lhs[i], "cannot use " + ExprString.of(lhs[i]) + " (value of type " + TypeString.of(types[i])
                                + ") as " + TypeString.of(t) + " value in range clause");
                    }
                }
            }
        }
        stmts(r.body().list(), new Scope(rs, s.func), ctx);
    }

    private void switchStmt(Stmt.SwitchStmt sw, Scope s, Ctx ctx) {
        Scope ss = new Scope(s, s.func);
        if (sw.init() != null) {
            stmt(sw.init(), ss, ctx, null);
        }
        Operand tag = null;
        if (sw.tag() != null) {
            tag = c.exprs.expr(sw.tag(), ss, null);
            if (!tag.invalid()) {
                c.assigns.assign(tag, null, "switch expression");
                if (!tag.invalid() && !Types.comparable(tag.type)) {
                    c.error(sw.tag(), "cannot switch on " + tag);
                    tag.mode = Operand.Mode.INVALID;
                }
            }
        }
        boolean seenDefault = false;
        for (int k = 0; k < sw.clauses().size(); k++) {
            Stmt.CaseClause cl = sw.clauses().get(k);
            if (cl.list() == null) {
                if (seenDefault) {
                    c.error(cl.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            } else {
                for (Expr e : cl.list()) {
                    caseValue(e, tag, sw.tag(), ss);
                }
            }
            boolean lastClause = k == sw.clauses().size() - 1;
            stmts(cl.body(), new Scope(ss, s.func), ctx.with(lastClause ? Fall.FINAL : Fall.OK));
        }
    }

    private void caseValue(Expr e, Operand tag, Expr tagExpr, Scope s) {
        Operand y = c.exprs.expr(e, s, null);
        if (y.invalid() || tag != null && tag.invalid()) {
            return;
        }
        Type want = tag == null ? Types.BOOL : tag.type;
        if (y.untyped() && c.assigns.convertUntyped(y, want) != ConstEval.Fit.OK) {
            // Go 1.19 words a failed implicit conversion of a case value so
            c.error(e, "cannot convert " + y + " to " + TypeString.of(want));
            return;
        }
        if (tag == null) {
            if (!(y.type.underlying() instanceof Basic b) || !b.isBoolean()) {
                c.error(e, "invalid case " + ExprString.of(e) + " in switch (mismatched types "
                        + TypeString.of(y.type) + " and bool)");
            }
            return;
        }
        Operand x = new Operand(Operand.Mode.VALUE, tagExpr, tag.type);
        if (!Assignability.assignable(y.type, x.type, null) && !Assignability.assignable(x.type, y.type, null)) {
            c.error(e, "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(tagExpr)
                    + " (mismatched types " + TypeString.of(y.type) + " and " + TypeString.of(x.type) + ")");
        } else if (!Types.comparable(y.type)) {
            c.error(e, "invalid case " + ExprString.of(e) + " in switch (can only compare "
                    + (y.type.underlying() instanceof Slice ? "slice" : y.type.underlying() instanceof Map ? "map" : "func")
                    + " " + ExprString.of(e) + " to nil)");
        }
    }

    private void typeSwitch(Stmt.TypeSwitchStmt sw, Scope s, Ctx ctx) {
        Scope ss = new Scope(s, s.func);
        if (sw.init() != null) {
            stmt(sw.init(), ss, ctx, null);
        }
        Expr.Ident lhs = null;
        Expr.TypeAssertExpr ta;
        if (sw.assign() instanceof Stmt.AssignStmt a) {
            lhs = (Expr.Ident) a.lhs().get(0);
            ta = (Expr.TypeAssertExpr) Assignments.unparen(a.rhs().get(0));
        } else {
            ta = (Expr.TypeAssertExpr) Assignments.unparen(((Stmt.ExprStmt) sw.assign()).x());
        }
        Operand x = c.exprs.expr(ta.x(), ss, null);
        Interface xi = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof Interface i) {
                xi = i;
                c.info.types.put(ta, new Info.TypeAndValue(Info.Mode.VALUE, x.type, null));
            } else {
                c.error(ta.x(), x + " is not an interface");
            }
        }
        if (lhs != null && lhs.name().equals("_")) {
            c.error(lhs, "no new variable on left side of :=");
            lhs = null;
        }
        List<Symbol.Var> vars = new ArrayList<>();
        boolean seenDefault = false;
        for (Stmt.CaseClause cl : sw.clauses()) {
            Type single = null;
            if (cl.list() == null) {
                if (seenDefault) {
                    c.error(cl.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            } else {
                for (Expr e : cl.list()) {
                    Type t = caseType(e, x, xi, ss);
                    single = cl.list().size() == 1 ? t : null;
                }
            }
            Scope cs = new Scope(ss, s.func);
            if (lhs != null && xi != null) {
                Type vt = single != null && single != Types.UNTYPED_NIL && single != Types.INVALID ? single : x.type;
                Symbol.Var v = st.body.ctx.newVar(lhs.name(), vt, lhs.pos(), Symbol.Var.Kind.LOCAL);
                c.owner.put(v, st.body.ctx);
                c.info.implicits.put(cl, v);
                cs.put(lhs.name(), v, lhs.pos());
                vars.add(v);
            }
            stmts(cl.body(), cs, ctx.with(Fall.TYPE_SWITCH));
        }
        if (lhs != null && xi != null && vars.stream().noneMatch(v -> v.used)) {
            c.error(lhs, "declared and not used: " + lhs.name());
        }
    }

    private Type caseType(Expr e, Operand x, Interface xi, Scope s) {
        if (Assignments.unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && c.lookup(s, "nil") instanceof Symbol.Nil n) {
            c.info.uses.put(id, n);
            c.info.types.put(e, new Info.TypeAndValue(Info.Mode.VALUE, Types.UNTYPED_NIL, null));
            return Types.UNTYPED_NIL;
        }
        Type t = c.types.typ(e, s);
        if (t == Types.INVALID || xi == null) {
            return Types.INVALID;
        }
        if (!(t.underlying() instanceof Interface)) {
            String why = Assignability.missingMethod(t, xi);
            if (why != null) {
                c.error(e, "impossible type switch case: " + ExprString.of(e) + "\n\t" + x + " cannot have dynamic type "
                        + TypeString.of(t) + " " + why);
            }
        }
        return t;
    }

    private void select(Stmt.SelectStmt sel, Scope s, Ctx ctx) {
        boolean seenDefault = false;
        for (Stmt.CommClause cl : sel.clauses()) {
            Scope cs = new Scope(s, s.func);
            Stmt comm = cl.comm();
            if (comm == null) {
                if (seenDefault) {
                    c.error(cl.pos(), "multiple defaults in select");
                }
                seenDefault = true;
            } else if (comm instanceof Stmt.SendStmt send) {
                st.send(send, cs);
            } else if (comm instanceof Stmt.ExprStmt es && isReceive(es.x())) {
                c.exprs.raw(es.x(), cs, null);
            } else if (comm instanceof Stmt.AssignStmt a && a.rhs().size() == 1 && isReceive(a.rhs().get(0))
                    && a.lhs().size() <= 2 && (a.tok() == Token.DEFINE || a.tok() == Token.ASSIGN)) {
                st.assign(a, cs);
            } else {
                c.error(comm.pos(), "select case must be send or receive (possibly with assignment)");
            }
            stmts(cl.body(), cs, ctx);
        }
    }

    private static boolean isReceive(Expr e) {
        return Assignments.unparen(e) instanceof Expr.UnaryExpr u && u.op() == Token.ARROW;
    }
}
