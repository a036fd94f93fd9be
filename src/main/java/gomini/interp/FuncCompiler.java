package gomini.interp;

import gomini.ast.Expr;
import gomini.ast.Spec;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.check.Info;
import gomini.check.Symbol;
import gomini.interp.nodes.Builtins;
import gomini.interp.nodes.Conc;
import gomini.interp.nodes.ExprNode;
import gomini.interp.nodes.Leaves;
import gomini.interp.nodes.Loops;
import gomini.interp.nodes.Lvals;
import gomini.interp.nodes.StmtNode;
import gomini.interp.nodes.Stmts;
import gomini.interp.nodes.Switches;
import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Compiles one function's body: statements, on top of the expression compiler. */
final class FuncCompiler extends ExprCompiler {
    private String pendingLabel;

    FuncCompiler(Compiler program, FunctionCode code, Info.FuncInfo funcInfo, ExprCompiler parent) {
        super(program, code, funcInfo, parent);
    }

    void compileBody(Expr.FuncType type, Stmt.BlockStmt body) {
        List<Symbol.Var> params = funcInfo.params();
        code.paramSlots = new int[params.size()];
        code.paramBoxed = new boolean[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Symbol.Var p = params.get(i);
            code.paramSlots[i] = p.index;
            code.paramBoxed[i] = p.boxed;
        }
        List<Symbol.Var> results = funcInfo.results();
        code.resultTypes = new Type[results.size()];
        boolean named = false;
        for (int i = 0; i < results.size(); i++) {
            code.resultTypes[i] = results.get(i).type();
            named |= !results.get(i).name().equals("_") && results.get(i).pos() != gomini.ast.Pos.NONE;
        }
        if (named) {
            code.resultSlots = new int[results.size()];
            code.resultBoxed = new boolean[results.size()];
            for (int i = 0; i < results.size(); i++) {
                code.resultSlots[i] = results.get(i).index;
                code.resultBoxed[i] = results.get(i).boxed;
            }
        }
        if (code.captureSlots == null) {
            code.captureSlots = new int[0];
        }
        code.body = block(body.list());
        code.endLine = body.rbrace() == null ? code.line : body.rbrace().line();
    }

    void compileInit(List<Info.Initializer> inits) {
        code.paramSlots = new int[0];
        code.paramBoxed = new boolean[0];
        code.captureSlots = new int[0];
        code.resultTypes = new Type[0];
        List<StmtNode> out = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Info.Initializer in : inits) {
            lines.add(in.value().pos().line());
            if (in.lhs().size() == 1) {
                Symbol.Var v = in.lhs().get(0);
                ExprNode val = exprTo(in.value(), v == null ? null : v.type());
                out.add(v == null ? new Stmts.ExprStmtNode(val) : new Stmts.AssignNode(varLval(v), val));
            } else {
                Lvals.LvalNode[] ts = new Lvals.LvalNode[in.lhs().size()];
                Stmts.ValueConverter[] conv = new Stmts.ValueConverter[ts.length];
                Tuple tt = (Tuple) typeOf(in.value());
                for (int i = 0; i < ts.length; i++) {
                    Symbol.Var v = in.lhs().get(i);
                    ts[i] = v == null ? new Lvals.BlankNode() : varLval(v);
                    conv[i] = v == null ? null : converter(tt.get(i), v.type());
                }
                out.add(new Stmts.UnpackAssignNode(ts, expr(in.value()), conv));
            }
        }
        code.body = new Stmts.BlockNode(out.toArray(new StmtNode[0]), lines.stream().mapToInt(i -> i).toArray());
    }

    StmtNode block(List<Stmt> list) {
        List<StmtNode> out = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Stmt s : list) {
            if (s instanceof Stmt.EmptyStmt) {
                continue;
            }
            out.add(stmt(s));
            lines.add(s.pos().line());
        }
        return new Stmts.BlockNode(out.toArray(new StmtNode[0]), lines.stream().mapToInt(i -> i).toArray());
    }

    private String takeLabel() {
        String l = pendingLabel;
        pendingLabel = null;
        return l;
    }

    StmtNode stmt(Stmt s) {
        if (!(s instanceof Stmt.ForStmt || s instanceof Stmt.RangeStmt || s instanceof Stmt.SwitchStmt
                || s instanceof Stmt.TypeSwitchStmt || s instanceof Stmt.SelectStmt || s instanceof Stmt.LabeledStmt)) {
            pendingLabel = null;
        }
        return switch (s) {
            case Stmt.EmptyStmt e -> Compiler.empty();
            case Stmt.BlockStmt b -> block(b.list());
            case Stmt.ExprStmt e -> new Stmts.ExprStmtNode(expr(e.x()));
            case Stmt.DeclStmt d -> declStmt(d);
            case Stmt.AssignStmt a -> assign(a);
            case Stmt.IncDecStmt i -> incDec(i);
            case Stmt.IfStmt i -> ifStmt(i);
            case Stmt.ForStmt f -> forStmt(f);
            case Stmt.RangeStmt r -> range(r);
            case Stmt.SwitchStmt sw -> switchStmt(sw);
            case Stmt.TypeSwitchStmt ts -> typeSwitch(ts);
            case Stmt.SelectStmt sel -> select(sel);
            case Stmt.LabeledStmt l -> {
                pendingLabel = l.label().name();
                yield stmt(l.stmt());
            }
            case Stmt.ReturnStmt r -> returnStmt(r);
            case Stmt.BranchStmt b -> branch(b);
            case Stmt.GoStmt g -> goStmt(g);
            case Stmt.DeferStmt d -> deferStmt(d);
            case Stmt.SendStmt snd -> new Conc.SendNode(expr(snd.chan()),
                    exprTo(snd.value(), ((Chan) typeOf(snd.chan()).underlying()).elem()));
            default -> throw new IllegalStateException("statement " + s.getClass().getSimpleName());
        };
    }

    private StmtNode seq(StmtNode init, StmtNode s) {
        return init == null ? s : new Stmts.SeqNode(init, s);
    }

    private StmtNode declStmt(Stmt.DeclStmt d) {
        if (d.decl().tok() != Token.VAR) {
            return Compiler.empty();
        }
        List<StmtNode> out = new ArrayList<>();
        for (Spec sp : d.decl().specs()) {
            Spec.ValueSpec vs = (Spec.ValueSpec) sp;
            out.add(define(vs.names(), vs.values()));
        }
        return out.size() == 1 ? out.get(0) : new Stmts.BlockNode(out.toArray(new StmtNode[0]),
                out.stream().mapToInt(x -> d.pos().line()).toArray());
    }

    /** var / := : defines new names (existing ones in := are assigned). */
    private StmtNode define(List<Expr.Ident> names, List<Expr> values) {
        int n = names.size();
        if (values.isEmpty()) {
            List<StmtNode> out = new ArrayList<>();
            for (Expr.Ident id : names) {
                Symbol.Var v = varOf(id);
                if (v != null && !id.name().equals("_")) {
                    out.add(definesLocal(id, v) ? new Stmts.DefineNode(v.index, v.boxed, zero(v.type()))
                            : new Stmts.AssignNode(varLval(v), zero(v.type())));
                }
            }
            return out.size() == 1 ? out.get(0) : new Stmts.SeqBlock(out);
        }
        if (values.size() == 1 && n > 1) {
            int[] slots = new int[n];
            boolean[] boxed = new boolean[n];
            Lvals.LvalNode[] existing = new Lvals.LvalNode[n];
            Stmts.ValueConverter[] conv = new Stmts.ValueConverter[n];
            Expr val = values.get(0);
            Tuple tt = tupleOf(val, n);
            for (int i = 0; i < n; i++) {
                Expr.Ident id = names.get(i);
                Symbol.Var v = varOf(id);
                if (id.name().equals("_") || v == null) {
                    slots[i] = -1;
                    existing[i] = null;
                    continue;
                }
                conv[i] = converter(tt.get(i), v.type());
                if (definesLocal(id, v)) {
                    slots[i] = v.index;
                    boxed[i] = v.boxed;
                } else {
                    existing[i] = varLval(v);
                }
            }
            return new Stmts.UnpackDefineNode(slots, boxed, existing, expr(val), conv);
        }
        if (n == 1) {
            Expr.Ident id = names.get(0);
            Symbol.Var v = varOf(id);
            if (id.name().equals("_") || v == null) {
                return new Stmts.ExprStmtNode(expr(values.get(0)));
            }
            ExprNode val = exprTo(values.get(0), v.type());
            if (!definesLocal(id, v)) {
                return new Stmts.AssignNode(varLval(v), val);
            }
            return new Stmts.DefineNode(v.index, v.boxed, val);
        }
        Lvals.LvalNode[] ts = new Lvals.LvalNode[n];
        ExprNode[] vals = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr.Ident id = names.get(i);
            Symbol.Var v = varOf(id);
            if (id.name().equals("_") || v == null) {
                ts[i] = new Lvals.BlankNode();
                vals[i] = expr(values.get(i));
                continue;
            }
            vals[i] = exprTo(values.get(i), v.type());
            ts[i] = definesLocal(id, v) ? new Loops.DefineLval(v.index, v.boxed) : varLval(v);
        }
        return new Stmts.TupleAssignNode(ts, vals);
    }

    /** Whether id declares v as a frame slot (a REPL input's top-level variables are globals instead). */
    private boolean definesLocal(Expr.Ident id, Symbol.Var v) {
        return info.defs.get(id) == v && v.kind() != Symbol.Var.Kind.GLOBAL;
    }

    /** The types of a multi-valued expression (comma-ok forms count as value + bool). */
    private Tuple tupleOf(Expr val, int n) {
        Type t = typeOf(val);
        if (t instanceof Tuple tt) {
            return tt;
        }
        return (Tuple) Types.tuple(List.of(t, Types.BOOL));
    }

    private StmtNode assign(Stmt.AssignStmt a) {
        if (a.tok() == Token.DEFINE) {
            List<Expr.Ident> names = new ArrayList<>();
            for (Expr e : a.lhs()) {
                names.add((Expr.Ident) e);
            }
            return define(names, a.rhs());
        }
        Token op = a.tok().binaryOfAssign();
        if (op != null) {
            return opAssign(a.lhs().get(0), op, a.rhs().get(0));
        }
        int n = a.lhs().size();
        if (a.rhs().size() == 1 && n > 1) {
            Lvals.LvalNode[] ts = new Lvals.LvalNode[n];
            Stmts.ValueConverter[] conv = new Stmts.ValueConverter[n];
            Tuple tt = tupleOf(a.rhs().get(0), n);
            for (int i = 0; i < n; i++) {
                Expr l = a.lhs().get(i);
                ts[i] = lval(l);
                boolean blank = unparen(l) instanceof Expr.Ident id && id.name().equals("_");
                conv[i] = blank ? null : converter(tt.get(i), typeOf(l));
            }
            return new Stmts.UnpackAssignNode(ts, expr(a.rhs().get(0)), conv);
        }
        if (n == 1) {
            Expr l = a.lhs().get(0);
            if (unparen(l) instanceof Expr.Ident id && id.name().equals("_")) {
                return new Stmts.ExprStmtNode(expr(a.rhs().get(0)));
            }
            return new Stmts.AssignNode(lval(l), exprTo(a.rhs().get(0), typeOf(l)));
        }
        Lvals.LvalNode[] ts = new Lvals.LvalNode[n];
        ExprNode[] vals = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            Expr l = a.lhs().get(i);
            ts[i] = lval(l);
            boolean blank = unparen(l) instanceof Expr.Ident id && id.name().equals("_");
            vals[i] = blank ? expr(a.rhs().get(i)) : exprTo(a.rhs().get(i), typeOf(l));
        }
        return new Stmts.TupleAssignNode(ts, vals);
    }

    private StmtNode opAssign(Expr target, Token op, Expr value) {
        Type t = typeOf(target);
        Lvals.LvalNode lv = lval(target);
        int tmp = newTemp();
        ExprNode cur = new Leaves.LocalNode(tmp);
        ExprNode y = expr(value);
        ExprNode result;
        if (op == Token.SHL || op == Token.SHR) {
            Basic rb = (Basic) t.underlying();
            boolean uc = ((Basic) defaultType(typeOf(value)).underlying()).isUnsigned();
            result = op == Token.SHL ? wrap(new gomini.interp.nodes.IntOps.ShlNode(cur, y, uc), rb)
                    : rb.isUnsigned() && rb.bits() == 64 ? new gomini.interp.nodes.IntOps.UShrNode(cur, y, uc)
                    : new gomini.interp.nodes.IntOps.ShrNode(cur, y, uc);
        } else {
            result = arith(op, cur, y, t);
        }
        return new OpAssignNode(lv, tmp, result);
    }

    /** x op= y: the location's operands are evaluated once. */
    static final class OpAssignNode extends StmtNode {
        final Lvals.LvalNode target;
        final int tmp;
        final ExprNode result;

        OpAssignNode(Lvals.LvalNode target, int tmp, ExprNode result) {
            this.target = target;
            this.tmp = tmp;
            this.result = result;
        }

        @Override
        public int exec(Frame f) {
            Object prep = target.prepare(f);
            f.slots[tmp] = target.load(f, prep);
            target.store(f, prep, result.eval(f));
            return NORMAL;
        }
    }

    private StmtNode incDec(Stmt.IncDecStmt s) {
        Type t = typeOf(s.x());
        Expr x = unparen(s.x());
        if (x instanceof Expr.Ident id && t.underlying() instanceof Basic b && b.isInteger() && b.bits() == 64) {
            Symbol.Var v = varOf(id);
            if (v != null && v.kind() != Symbol.Var.Kind.GLOBAL && !v.boxed && v.kind() != Symbol.Var.Kind.CAPTURE) {
                return new Stmts.IncLocalNode(v.index, s.tok() == Token.INC ? 1 : -1);
            }
        }
        Lvals.LvalNode lv = lval(s.x());
        int tmp = newTemp();
        Basic b = (Basic) t.underlying();
        ExprNode one = Leaves.constant(b.isFloat() ? (Object) 1.0 : (Object) 1L);
        ExprNode result = arith(s.tok() == Token.INC ? Token.ADD : Token.SUB, new Leaves.LocalNode(tmp), one, t);
        return new OpAssignNode(lv, tmp, result);
    }

    private StmtNode ifStmt(Stmt.IfStmt s) {
        StmtNode init = s.init() == null ? null : stmt(s.init());
        StmtNode then = block(s.body().list());
        StmtNode els = s.els() == null ? null : stmt(s.els());
        return seq(init, new Stmts.IfNode(expr(s.cond()), then, els));
    }

    private StmtNode forStmt(Stmt.ForStmt s) {
        String label = takeLabel();
        StmtNode init = s.init() == null ? null : stmt(s.init());
        List<Integer> fresh = new ArrayList<>();
        if (s.init() instanceof Stmt.AssignStmt a && a.tok() == Token.DEFINE) {
            for (Expr e : a.lhs()) {
                Symbol.Var v = varOf((Expr.Ident) e);
                if (v != null && v.boxed && info.defs.get((Expr.Ident) e) == v) {
                    fresh.add(v.index);
                }
            }
        }
        ExprNode cond = s.cond() == null ? null : expr(s.cond());
        StmtNode post = s.post() == null ? null : stmt(s.post());
        StmtNode body = block(s.body().list());
        return seq(init, new Loops.ForNode(cond, body, post, label,
                fresh.stream().mapToInt(i -> i).toArray(), s.pos().line()));
    }

    private Lvals.LvalNode rangeVar(Expr e, Token tok) {
        if (e == null || unparen(e) instanceof Expr.Ident id && id.name().equals("_")) {
            return null;
        }
        if (tok == Token.DEFINE) {
            Symbol.Var v = varOf((Expr.Ident) e);
            return new Loops.DefineLval(v.index, v.boxed);
        }
        return lval(e);
    }

    private StmtNode range(Stmt.RangeStmt r) {
        String label = takeLabel();
        Type xt = typeOf(r.x()).underlying();
        ExprNode x = expr(r.x());
        Lvals.LvalNode key = rangeVar(r.key(), r.tok());
        Lvals.LvalNode value = rangeVar(r.value(), r.tok());
        StmtNode body = block(r.body().list());
        if (xt instanceof Pointer p) {
            xt = p.elem().underlying();
        }
        return switch (xt) {
            case Basic b when b.isString() -> new Loops.RangeStringNode(x, key, value, body, label);
            case Basic b -> new Loops.RangeIntNode(x, key, body, label);
            case gomini.types.Slice sl -> new Loops.RangeSliceNode(x, key, value, body, label, aggregate(sl.elem()));
            case gomini.types.Array a -> new Loops.RangeSliceNode(x, key, value, body, label, aggregate(a.elem()));
            case Map m -> new Loops.RangeMapNode(x, key, value, body, label, aggregate(m.elem()));
            case Chan c -> new Loops.RangeChanNode(x, key, body, label, r.pos().line());
            default -> throw new IllegalStateException("range over " + xt);
        };
    }

    private StmtNode switchStmt(Stmt.SwitchStmt s) {
        String label = takeLabel();
        StmtNode init = s.init() == null ? null : stmt(s.init());
        ExprNode tag = null;
        int tagSlot = -1;
        Type tagType = null;
        if (s.tag() != null) {
            tag = expr(s.tag());
            tagType = defaultType(typeOf(s.tag()));
            tagSlot = newTemp();
        }
        int n = s.clauses().size();
        ExprNode[][] conds = new ExprNode[n][];
        StmtNode[] bodies = new StmtNode[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            Stmt.CaseClause cc = s.clauses().get(i);
            if (cc.list() == null) {
                def = i;
                conds[i] = new ExprNode[0];
            } else {
                conds[i] = new ExprNode[cc.list().size()];
                for (int k = 0; k < conds[i].length; k++) {
                    Expr ce = cc.list().get(k);
                    conds[i][k] = tag == null ? expr(ce)
                            : comparison(Token.EQL, new Leaves.LocalNode(tagSlot), tagType, expr(ce), typeOf(ce));
                }
            }
            bodies[i] = block(cc.body());
        }
        return seq(init, new Switches.SwitchNode(tag, tagSlot, conds, bodies, def, label));
    }

    private StmtNode typeSwitch(Stmt.TypeSwitchStmt s) {
        String label = takeLabel();
        StmtNode init = s.init() == null ? null : stmt(s.init());
        Expr assertExpr = s.assign() instanceof Stmt.AssignStmt a ? a.rhs().get(0) : ((Stmt.ExprStmt) s.assign()).x();
        Expr.TypeAssertExpr ta = (Expr.TypeAssertExpr) unparen(assertExpr);
        ExprNode x = expr(ta.x());
        int n = s.clauses().size();
        Type[][] types = new Type[n][];
        StmtNode[] bodies = new StmtNode[n];
        int[] slots = new int[n];
        boolean[] boxed = new boolean[n];
        boolean[] unwrap = new boolean[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            Stmt.CaseClause cc = s.clauses().get(i);
            if (cc.list() == null) {
                def = i;
                types[i] = new Type[0];
            } else {
                types[i] = new Type[cc.list().size()];
                for (int k = 0; k < types[i].length; k++) {
                    Expr te = cc.list().get(k);
                    boolean isNil = unparen(te) instanceof Expr.Ident id && info.uses.get(id) instanceof Symbol.Nil;
                    types[i][k] = isNil ? null : typeOf(te);
                }
            }
            Symbol.Var v = info.implicits.get(cc);
            slots[i] = v == null ? -1 : v.index;
            boxed[i] = v != null && v.boxed;
            unwrap[i] = types[i].length == 1 && types[i][0] != null && !(types[i][0].underlying() instanceof Interface);
            bodies[i] = block(cc.body());
        }
        return seq(init, new Switches.TypeSwitchNode(x, types, bodies, def, slots, boxed, unwrap, label));
    }

    private StmtNode select(Stmt.SelectStmt s) {
        String label = takeLabel();
        List<Stmt.CommClause> comms = new ArrayList<>();
        StmtNode defaultBody = null;
        for (Stmt.CommClause cc : s.clauses()) {
            if (cc.comm() == null) {
                defaultBody = block(cc.body());
            } else {
                comms.add(cc);
            }
        }
        int n = comms.size();
        ExprNode[] chans = new ExprNode[n];
        ExprNode[] sends = new ExprNode[n];
        Lvals.LvalNode[] vals = new Lvals.LvalNode[n];
        Lvals.LvalNode[] oks = new Lvals.LvalNode[n];
        StmtNode[] bodies = new StmtNode[n];
        for (int i = 0; i < n; i++) {
            Stmt.CommClause cc = comms.get(i);
            switch (cc.comm()) {
                case Stmt.SendStmt snd -> {
                    chans[i] = expr(snd.chan());
                    sends[i] = exprTo(snd.value(), ((Chan) typeOf(snd.chan()).underlying()).elem());
                }
                case Stmt.ExprStmt es -> chans[i] = expr(((Expr.UnaryExpr) unparen(es.x())).x());
                case Stmt.AssignStmt as -> {
                    chans[i] = expr(((Expr.UnaryExpr) unparen(as.rhs().get(0))).x());
                    vals[i] = rangeVar(as.lhs().get(0), as.tok());
                    if (as.lhs().size() > 1) {
                        oks[i] = rangeVar(as.lhs().get(1), as.tok());
                    }
                }
                default -> throw new IllegalStateException("select case " + cc.comm());
            }
            bodies[i] = block(cc.body());
        }
        return new Conc.SelectNode(chans, sends, vals, oks, bodies, defaultBody, label);
    }

    private StmtNode returnStmt(Stmt.ReturnStmt r) {
        List<Expr> rs = r.results();
        Type[] types = code.resultTypes;
        if (code.resultSlots != null) {
            if (rs.isEmpty()) {
                return new Stmts.ReturnNode(null);
            }
            Lvals.LvalNode[] targets = new Lvals.LvalNode[types.length];
            for (int i = 0; i < targets.length; i++) {
                Symbol.Var v = funcInfo.results().get(i);
                targets[i] = varLval(v);
            }
            if (rs.size() == 1 && types.length > 1) {
                return new Stmts.ReturnNamedNode(targets, null, expr(rs.get(0)));
            }
            ExprNode[] vals = new ExprNode[rs.size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = exprTo(rs.get(i), types[i]);
            }
            return new Stmts.ReturnNamedNode(targets, vals, null);
        }
        if (rs.isEmpty()) {
            return new Stmts.ReturnNode(null);
        }
        if (rs.size() == 1) {
            if (types.length > 1) {
                return new Stmts.ReturnNode(expr(rs.get(0)));
            }
            return new Stmts.ReturnNode(exprTo(rs.get(0), types[0]));
        }
        ExprNode[] vals = new ExprNode[rs.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = exprTo(rs.get(i), types[i]);
        }
        return new Stmts.ReturnManyNode(vals);
    }

    private StmtNode branch(Stmt.BranchStmt b) {
        String label = b.label() == null ? null : b.label().name();
        return switch (b.tok()) {
            case BREAK -> new Stmts.BranchNode(StmtNode.BREAK, label);
            case CONTINUE -> new Stmts.BranchNode(StmtNode.CONTINUE, label);
            case FALLTHROUGH -> new Stmts.BranchNode(StmtNode.FALLTHROUGH, null);
            default -> throw new IllegalStateException("goto is not supported");
        };
    }

    /** The function value and argument nodes of a go/defer call, evaluated at the statement. */
    private ExprNode[] deferred(Expr.CallExpr c, ExprNode[] fnOut) {
        Expr fun = unparen(c.fun());
        if (fun instanceof Expr.Ident id && info.uses.get(id) instanceof Symbol.Builtin b) {
            ExprNode[] args = new ExprNode[c.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = b.name().equals("panic") ? exprTo(c.args().get(i), Types.ANY) : expr(c.args().get(i));
            }
            fnOut[0] = new Leaves.ConstNode(builtinFunc(b.name(), c));
            return args;
        }
        Type ft = typeOf(c.fun()).underlying();
        gomini.types.Signature sig = (gomini.types.Signature) ft;
        if (fun instanceof Expr.SelectorExpr s) {
            Info.Selection sel = info.selections.get(s);
            if (sel != null && sel.kind() == Info.Selection.Kind.METHOD_VALUE) {
                fnOut[0] = new Leaves.ConstNode(methodImpl(sel.method()));
                return args(c, sig, receiver(s, sel));
            }
        }
        fnOut[0] = expr(c.fun());
        ExprNode[] args = args(c, sig, null);
        if (args == null) {
            throw new IllegalStateException("go/defer with a multi-valued argument is not supported");
        }
        return args;
    }

    private GoFunc builtinFunc(String name, Expr.CallExpr c) {
        return switch (name) {
            case "panic" -> Builtins.panicFunc();
            case "close" -> (g, a) -> {
                Chans.close(a[0]);
                return null;
            };
            case "recover" -> (g, a) -> null;
            case "delete" -> (g, a) -> {
                if (a[0] != null) {
                    ((gomini.runtime.MapValue) a[0]).entries.remove(gomini.runtime.MapValue.key(a[1]));
                }
                return null;
            };
            case "print", "println" -> {
                List<java.util.function.Function<Object, String>> fmts = new ArrayList<>();
                for (Expr e : c.args()) {
                    fmts.add(printFormat(defaultType(typeOf(e))));
                }
                boolean ln = name.equals("println");
                gomini.runtime.ProgramIO io = program.io;
                yield (g, a) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < a.length; i++) {
                        if (ln && i > 0) {
                            sb.append(' ');
                        }
                        sb.append(fmts.get(i).apply(a[i]));
                    }
                    if (ln) {
                        sb.append('\n');
                    }
                    io.stdout().flush();
                    io.stderr().print(sb);
                    io.stderr().flush();
                    return null;
                };
            }
            default -> (g, a) -> {
                throw GoPanic.plain("gomini: go/defer of builtin " + name + " is not supported");
            };
        };
    }

    private StmtNode goStmt(Stmt.GoStmt s) {
        ExprNode[] fn = new ExprNode[1];
        ExprNode[] args = deferred(s.call(), fn);
        return new Conc.GoNode(fn[0], args, code, s.pos().line());
    }

    private StmtNode deferStmt(Stmt.DeferStmt s) {
        ExprNode[] fn = new ExprNode[1];
        ExprNode[] args = deferred(s.call(), fn);
        return new Conc.DeferNode(fn[0], args, s.pos().line());
    }
}
