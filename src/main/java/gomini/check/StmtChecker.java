package gomini.check;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.Field;
import gomini.ast.Node;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Function bodies and simple statements; control flow lives in ControlFlow. */
final class StmtChecker {
    private final Checker c;
    final ControlFlow flow;
    final ValueSpecs specs;
    /** The function whose body is being checked (closures nest). */
    Body body;

    /** Per-body state: its frame, its locals (for "declared and not used"), its labels. */
    static final class Body {
        final FuncCtx ctx;
        final List<Symbol.Var> locals = new ArrayList<>();
        final Labels labels = new Labels();

        Body(FuncCtx ctx) {
            this.ctx = ctx;
        }
    }

    StmtChecker(Checker c) {
        this.c = c;
        this.flow = new ControlFlow(c, this);
        this.specs = new ValueSpecs(c);
    }

    /**
     * Checks a function body (FuncDecl or FuncLit): params, receiver first, then results, get the first
     * slots; records the frame in Info.funcs.
     */
    void funcBody(Node node, Field recv, Type recvType, Expr.FuncType ft, Signature sig, Stmt.BlockStmt block, Scope outer) {
        FuncCtx parent = outer == null ? null : outer.func;
        FuncCtx fc = new FuncCtx(parent, node, sig);
        Scope fs = new Scope(outer, fc);
        Body saved = body;
        body = new Body(fc);
        try {
            if (recv != null) {
                param(fs, recv.names().isEmpty() ? null : recv.names().get(0), recvType, Symbol.Var.Kind.PARAM);
            }
            int pi = 0;
            for (Field p : ft.params()) {
                if (p.names().isEmpty()) {
                    param(fs, null, sig.params().get(pi++), Symbol.Var.Kind.PARAM);
                }
                for (Expr.Ident n : p.names()) {
                    param(fs, n, sig.params().get(pi++), Symbol.Var.Kind.PARAM);
                }
            }
            int ri = 0;
            if (ft.results() != null) {
                for (Field r : ft.results()) {
                    if (r.names().isEmpty()) {
                        param(fs, null, sig.results().get(ri++), Symbol.Var.Kind.RESULT);
                    }
                    for (Expr.Ident n : r.names()) {
                        fc.namedResults = true;
                        param(fs, n, sig.results().get(ri++), Symbol.Var.Kind.RESULT);
                    }
                }
            }
            if (block != null) {
                body.labels.collect(block, c);
                flow.stmts(block.list(), fs, ControlFlow.Ctx.TOP);
                if (sig.results().size() > 0 && !Terminating.isTerminating(block, null)) {
                    c.error(block.rbrace(), "missing return");
                }
                for (Symbol.Var v : body.locals) {
                    if (!v.used) {
                        c.error(v.pos(), "declared and not used: " + v.name());
                    }
                }
                body.labels.reportUnused(c);
            }
            c.info.funcs.put(node, fc.info());
        } finally {
            body = saved;
        }
    }

    private void param(Scope fs, Expr.Ident n, Type t, Symbol.Var.Kind kind) {
        String name = n == null ? "_" : n.name();
        Symbol.Var v = body.ctx.newVar(name, t, n == null ? Pos.NONE : n.pos(), kind);
        c.owner.put(v, body.ctx);
        if (n != null) {
            c.info.defs.put(n, v);
            if (!name.equals("_")) {
                declare(fs, n, v);
            }
        }
    }

    /** Binds id in scope s, reporting a redeclaration in the same block. */
    void declare(Scope s, Expr.Ident id, Symbol sym) {
        if (id.name().equals("_")) {
            return;
        }
        if (s.local(id.name()) != null) {
            Pos other = s.position(id.name());
            c.error(id, id.name() + " redeclared in this block" + (other == null ? "" : "\n\t" + other + ": other declaration of " + id.name()));
            if (sym instanceof Symbol.Var v) {
                v.used = true;
            }
            return;
        }
        s.put(id.name(), sym, id.pos());
    }

    /**
     * A new variable for id declared in scope s: a local, except at the top level of a REPL input, where
     * it becomes a package-level variable so that later inputs see it (see {@link Session}).
     */
    Symbol.Var newLocal(Expr.Ident id, Type t, Scope s) {
        if (c.session != null && !id.name().equals("_") && c.session.isInputScope(s)) {
            return c.session.newGlobal(id, t);
        }
        return newLocal(id, t);
    }

    /** A new local variable (LOCAL kind) for id, not yet in scope. */
    Symbol.Var newLocal(Expr.Ident id, Type t) {
        Symbol.Var v = body.ctx.newVar(id.name(), t, id.pos(), Symbol.Var.Kind.LOCAL);
        c.owner.put(v, body.ctx);
        c.info.defs.put(id, v);
        if (!id.name().equals("_")) {
            body.locals.add(v);
        }
        return v;
    }

    // ---- simple statements ----

    void exprStmt(Stmt.ExprStmt st, Scope s) {
        Operand x = c.exprs.raw(st.x(), s, null);
        if (x.invalid()) {
            return;
        }
        String msg;
        switch (x.mode) {
            case BUILTIN -> msg = "must be called";
            case TYPEXPR -> msg = "is not an expression";
            default -> {
                if (isStatement(st.x()) || c.session != null && c.session.printsValueOf(st)) {
                    return;
                }
                msg = "is not used";
            }
        }
        c.error(x.expr, x + " " + msg);
    }

    /** Calls (not conversions or value-producing builtins) and receives may stand as statements. */
    private boolean isStatement(Expr e) {
        Expr u = Assignments.unparen(e);
        if (u instanceof Expr.UnaryExpr un && un.op() == Token.ARROW) {
            return true;
        }
        if (!(u instanceof Expr.CallExpr call)) {
            return false;
        }
        Info.TypeAndValue f = c.info.types.get(call.fun());
        if (f == null) {
            return true;
        }
        if (f.mode() == Info.Mode.TYPE) {
            return false;
        }
        if (f.mode() == Info.Mode.BUILTIN) {
            String name = builtinName(call.fun());
            return switch (name) {
                case "append", "cap", "len", "make", "new", "min", "max", "complex", "real", "imag" -> false;
                default -> true;
            };
        }
        return true;
    }

    private String builtinName(Expr fun) {
        Expr u = Assignments.unparen(fun);
        return u instanceof Expr.Ident id && c.info.uses.get(id) instanceof Symbol.Builtin b ? b.name() : "";
    }

    void send(Stmt.SendStmt st, Scope s) {
        Operand ch = c.exprs.expr(st.chan(), s, null);
        Operand v = c.exprs.expr(st.value(), s, null);
        if (ch.invalid() || v.invalid()) {
            return;
        }
        if (!(ch.type.underlying() instanceof Chan t)) {
            c.error(st.chan(), "invalid operation: cannot send to non-channel " + ch);
            return;
        }
        if (t.dir() == Chan.Dir.RECV) {
            c.error(st.chan(), "invalid operation: cannot send to receive-only channel " + ch);
            return;
        }
        c.assigns.assign(v, t.elem(), "send");
    }

    void incDec(Stmt.IncDecStmt st, Scope s) {
        Operand x = c.exprs.expr(st.x(), s, null);
        if (x.invalid()) {
            return;
        }
        if (!(x.type.underlying() instanceof Basic b) || !b.isNumeric()) {
            c.error(st.x(), "invalid operation: " + ExprString.of(st.x()) + st.tok().text + " (non-numeric type "
                    + TypeString.of(x.type) + ")");
            return;
        }
        assignable(x);
    }

    /** Reports a left-hand side that is neither addressable nor a map index. */
    boolean assignable(Operand x) {
        if (x.mode == Operand.Mode.VARIABLE || x.mode == Operand.Mode.MAPINDEX) {
            return true;
        }
        if (x.expr instanceof Expr.SelectorExpr sel) {
            Info.TypeAndValue tv = c.info.types.get(sel.x());
            if (Assignments.unparen(sel.x()) instanceof Expr.IndexExpr ix && c.info.types.get(ix.x()) != null
                    && c.info.types.get(ix.x()).type().underlying() instanceof gomini.types.Map && tv != null) {
                c.error(x.expr, "cannot assign to struct field " + ExprString.of(x.expr) + " in map");
                return false;
            }
        }
        c.error(x.expr, "cannot assign to " + x);
        return false;
    }

    /** The type of an assignment's left side, null for the blank identifier, INVALID after an error. */
    Type lhs(Expr e, Scope s) {
        Expr u = Assignments.unparen(e);
        if (u instanceof Expr.Ident id && id.name().equals("_")) {
            return null;
        }
        Operand x;
        if (u instanceof Expr.Ident id) {
            x = c.exprs.ident(id, s, false);
            x.expr = e;
            c.record(x);
            if (e != u) {
                x.expr = u;
                c.record(x);
                x.expr = e;
            }
        } else {
            x = c.exprs.expr(e, s, null);
        }
        if (x.invalid()) {
            return Types.INVALID;
        }
        return assignable(x) ? x.type : Types.INVALID;
    }

    void assign(Stmt.AssignStmt st, Scope s) {
        Token op = st.tok().binaryOfAssign();
        if (op != null) {
            if (st.lhs().size() != 1 || st.rhs().size() != 1) {
                c.error(st.pos(), "assignment operation " + st.tok().text + " requires single-valued expressions");
                return;
            }
            Operand x = c.exprs.expr(st.lhs().get(0), s, null);
            Operand y = c.exprs.expr(st.rhs().get(0), s, null);
            if (x.invalid() || y.invalid()) {
                return;
            }
            Operand r = c.exprs.ops.binaryOp(null, x, y, op, st.lhs().get(0));
            if (r.invalid()) {
                return;
            }
            if (assignable(x)) {
                r.expr = null;
                r.mode = Operand.Mode.VALUE;
                c.assigns.assign(r, x.type, "assignment");
            }
            return;
        }
        if (st.tok() == Token.DEFINE) {
            shortVarDecl(st.pos(), st.lhs(), st.rhs(), s);
            return;
        }
        List<Type> types = new ArrayList<>();
        for (Expr l : st.lhs()) {
            types.add(lhs(l, s));
        }
        List<Operand> xs = c.assigns.values(st.rhs(), st.lhs().size(), s, st.pos(), null);
        for (int i = 0; i < st.lhs().size(); i++) {
            Type t = types.get(i);
            Operand x = xs == null ? null : xs.get(i);
            if (x != null && !x.invalid() && t != Types.INVALID) {
                c.assigns.assign(x, t, "assignment");
            }
            if (x == null || x.invalid()) {
                // as go/types: a failed assignment counts as a use, to avoid follow-on errors
                if (Assignments.unparen(st.lhs().get(i)) instanceof Expr.Ident id && c.info.uses.get(id) instanceof Symbol.Var v) {
                    v.used = true;
                    if (v.outer != null) {
                        for (Symbol.Var o = v.outer; o != null; o = o.outer) {
                            o.used = true;
                        }
                    }
                }
            }
        }
    }

    /** a, b := values: at least one new variable; existing ones (same block) are assigned. */
    void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs, Scope s) {
        List<Symbol.Var> existing = new ArrayList<>();
        List<Expr.Ident> idents = new ArrayList<>();
        boolean anyNew = false;
        boolean bad = false;
        List<String> seen = new ArrayList<>();
        for (Expr l : lhs) {
            if (!(l instanceof Expr.Ident id)) {
                c.exprs.raw(l, s, null);
                c.error(l, "non-name " + ExprString.of(l) + " on left side of :=");
                bad = true;
                idents.add(null);
                existing.add(null);
                continue;
            }
            idents.add(id);
            if (!id.name().equals("_") && seen.contains(id.name())) {
                c.error(id, id.name() + " repeated on left side of :=");
                bad = true;
            }
            seen.add(id.name());
            Symbol prev = id.name().equals("_") ? null : s.local(id.name());
            if (prev instanceof Symbol.Var v) {
                existing.add(v);
                c.info.uses.put(id, c.exprs.capture(v, s.func));
            } else {
                existing.add(null);
                if (!id.name().equals("_")) {
                    anyNew = true;
                }
            }
        }
        List<Operand> xs = c.assigns.values(rhs, lhs.size(), s, pos, null);
        if (!anyNew && !bad) {
            c.error(defineOpPos(pos, rhs), "no new variables on left side of :=");
        }
        List<Symbol.Var> created = new ArrayList<>();
        for (int i = 0; i < lhs.size(); i++) {
            Expr.Ident id = idents.get(i);
            Operand x = xs == null ? null : xs.get(i);
            if (id == null) {
                continue;
            }
            Symbol.Var prev = existing.get(i);
            if (prev != null) {
                if (x != null) {
                    c.assigns.assign(x, prev.type(), "assignment");
                }
                continue;
            }
            Type t = Types.INVALID;
            if (x != null) {
                c.assigns.assign(x, null, "assignment");
                if (!x.invalid()) {
                    t = x.type;
                }
            }
            if (id.name().equals("_")) {
                continue;
            }
            Symbol.Var v = newLocal(id, t, s);
            if (t == Types.INVALID) {
                v.used = true;
            }
            created.add(v);
        }
        for (Symbol.Var v : created) {
            for (Expr.Ident id : idents) {
                if (id != null && c.info.defs.get(id) == v) {
                    declare(s, id, v);
                }
            }
        }
    }

    /**
     * Where the := operator is: Go reports there, and the AST keeps only the statement's start; in
     * gofmt'd source it is the first value's column minus three ("x := 1").
     */
    static Pos defineOpPos(Pos stmt, List<Expr> rhs) {
        if (!rhs.isEmpty()) {
            Pos r = ExprString.start(rhs.get(0));
            if (r.line() == stmt.line() && r.col() - 3 > stmt.col()) {
                return new Pos(r.file(), r.line(), r.col() - 3);
            }
        }
        return stmt;
    }

    void ret(Stmt.ReturnStmt st, Scope s) {
        FuncCtx fc = s.func;
        Tuple want = fc.sig.results();
        if (st.results().isEmpty()) {
            if (want.size() > 0 && !fc.namedResults) {
                c.error(st.pos(), "not enough return values\n\thave ()\n\twant " + Calls.summary(want.types(), false, false));
            }
            return;
        }
        List<Operand> xs = new ArrayList<>();
        if (st.results().size() == 1 && want.size() != 1) {
            Operand x = c.exprs.multi(st.results().get(0), s);
            if (x.invalid()) {
                return;
            }
            if (x.type instanceof Tuple tu) {
                for (Type t : tu.types()) {
                    xs.add(new Operand(Operand.Mode.VALUE, x.expr, t));
                }
            } else {
                xs.add(x);
            }
        } else {
            for (Expr e : st.results()) {
                xs.add(want.size() == 1 && st.results().size() == 1 ? c.exprs.expr(e, s, null) : c.exprs.expr(e, s, null));
            }
        }
        if (xs.size() != want.size()) {
            if (want.size() == 0) {
                c.error(xs.get(0).expr, "too many return values\n\thave " + Calls.summary(xs.stream().map(x -> x.type).toList(), false, false)
                        + "\n\twant ()");
                return;
            }
            boolean many = xs.size() > want.size();
            Operand at = many ? xs.get(want.size()) : xs.get(xs.size() - 1);
            c.error(at.expr, (many ? "too many" : "not enough") + " return values\n\thave "
                    + Calls.summary(xs.stream().map(x -> x.type).toList(), false, false)
                    + "\n\twant " + Calls.summary(want.types(), false, false));
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            c.assigns.assign(xs.get(i), want.get(i), "return statement");
        }
    }

    void goDefer(Expr.CallExpr call, String what, Scope s) {
        Operand x = c.exprs.raw(call, s, null);
        if (x.invalid()) {
            return;
        }
        Info.TypeAndValue f = c.info.types.get(call.fun());
        if (f != null && f.mode() == Info.Mode.TYPE) {
            c.error(call, what + " requires function call, not conversion " + x);
        } else if (!isStatement(call)) {
            c.error(call, what + " discards result of " + x);
        }
    }

    // ---- declarations inside functions ----

    void declStmt(Decl.GenDecl d, Scope s) {
        switch (d.tok()) {
            case CONST -> {
                Spec.ValueSpec last = null;
                for (Spec sp : d.specs()) {
                    Spec.ValueSpec vs = (Spec.ValueSpec) sp;
                    Spec.ValueSpec src = vs.values().isEmpty() && vs.type() == null && last != null ? last : vs;
                    if (!vs.values().isEmpty() || vs.type() != null) {
                        last = vs;
                    }
                    List<Symbol.Const> made = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        made.add(specs.constant(vs, src, i, s));
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        c.info.defs.put(vs.names().get(i), made.get(i));
                        declare(s, vs.names().get(i), made.get(i));
                    }
                }
            }
            case VAR -> {
                for (Spec sp : d.specs()) {
                    Spec.ValueSpec vs = (Spec.ValueSpec) sp;
                    List<Type> types = specs.variables(vs, s);
                    boolean[] failed = specs.failed;
                    List<Symbol.Var> made = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Symbol.Var v = newLocal(vs.names().get(i), types.get(i), s);
                        if (types.get(i) == Types.INVALID || failed[i]) {
                            v.used = true;
                        }
                        made.add(v);
                    }
                    for (int i = 0; i < vs.names().size(); i++) {
                        declare(s, vs.names().get(i), made.get(i));
                    }
                }
            }
            case TYPE -> {
                for (Spec sp : d.specs()) {
                    Spec.TypeSpec ts = (Spec.TypeSpec) sp;
                    if (ts.alias()) {
                        Type t = c.types.typ(ts.type(), s);
                        Symbol.TypeName tn = new Symbol.TypeName(ts.name().name(), t);
                        c.info.defs.put(ts.name(), tn);
                        declare(s, ts.name(), tn);
                        continue;
                    }
                    Named n = new Named(c.pkgName, ts.name().name(), null);
                    Symbol.TypeName tn = new Symbol.TypeName(ts.name().name(), n);
                    c.info.defs.put(ts.name(), tn);
                    declare(s, ts.name(), tn);
                    Type t = c.types.typ(ts.type(), s);
                    n.setUnderlying(t == Types.INVALID || t.underlying() == null ? Types.INVALID : t.underlying());
                }
            }
            default -> c.error(d.pos(), "unexpected " + d.tok().text + " in function body");
        }
    }
}
