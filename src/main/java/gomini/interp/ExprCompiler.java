package gomini.interp;

import gomini.ast.Expr;
import gomini.ast.Token;
import gomini.check.Constant;
import gomini.check.Info;
import gomini.check.Symbol;
import gomini.interp.nodes.Access;
import gomini.interp.nodes.Builtins;
import gomini.interp.nodes.Calls;
import gomini.interp.nodes.Compare;
import gomini.interp.nodes.Conc;
import gomini.interp.nodes.ExprNode;
import gomini.interp.nodes.FloatOps;
import gomini.interp.nodes.IntOps;
import gomini.interp.nodes.Leaves;
import gomini.interp.nodes.Lvals;
import gomini.interp.nodes.Values2;
import gomini.runtime.GoFunc;
import gomini.runtime.GoPanic;
import gomini.runtime.GoStrings;
import gomini.runtime.Iface;
import gomini.runtime.Values;
import gomini.runtime.Zero;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Compiles expressions of one function, choosing node classes by static type. */
class ExprCompiler {
    final Compiler program;
    final Info info;
    final FunctionCode code;
    final Info.FuncInfo funcInfo;
    final ExprCompiler parent;
    int closureCount;

    ExprCompiler(Compiler program, FunctionCode code, Info.FuncInfo funcInfo, ExprCompiler parent) {
        this.program = program;
        this.info = program.info;
        this.code = code;
        this.funcInfo = funcInfo;
        this.parent = parent;
        code.frameSize = Math.max(code.frameSize, funcInfo.frameSize());
    }

    int newTemp() {
        return code.frameSize++;
    }

    Type typeOf(Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv == null) {
            throw new IllegalStateException("no type for " + e);
        }
        return tv.type();
    }

    Info.Mode modeOf(Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        return tv == null ? null : tv.mode();
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Types.BOOL;
                case UNTYPED_INT -> Types.INT;
                case UNTYPED_RUNE -> Types.INT32;
                case UNTYPED_FLOAT -> Types.FLOAT64;
                case UNTYPED_STRING -> Types.STRING;
                default -> t;
            };
        }
        return t;
    }

    static boolean isIface(Type t) {
        return t.underlying() instanceof Interface;
    }

    static boolean aggregate(Type t) {
        return Zero.isAggregate(t);
    }

    /** A value to be stored in a new location: aggregates read from an owner are copied. */
    static ExprNode owned(ExprNode n, Type t) {
        if (aggregate(t) && !n.fresh()) {
            return new Access.CopyNode(n);
        }
        return n;
    }

    /** e converted as by assignment to a location of type target. */
    ExprNode exprTo(Expr e, Type target) {
        ExprNode n = expr(e);
        Type from = typeOf(e);
        return convertTo(n, from, target);
    }

    static ExprNode convertTo(ExprNode n, Type from, Type target) {
        if (target != null && isIface(target) && !isIface(from) && from != Types.UNTYPED_NIL) {
            Type dyn = defaultType(from);
            return new Values2.ToIfaceNode(owned(n, dyn), dyn);
        }
        return target == null ? n : owned(n, target);
    }

    static Stmts2Converter converter(Type from, Type target) {
        if (isIface(target) && !isIface(from) && from != Types.UNTYPED_NIL) {
            Type dyn = defaultType(from);
            boolean agg = aggregate(dyn);
            return v -> new Iface(dyn, agg ? Values.copy(v) : v);
        }
        if (aggregate(target)) {
            return Values::copy;
        }
        return null;
    }

    interface Stmts2Converter extends gomini.interp.nodes.Stmts.ValueConverter {}

    // ------------------------------------------------------------------ expressions

    ExprNode expr(Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.value() != null) {
            return constant(tv.value(), tv.type());
        }
        return switch (e) {
            case Expr.ParenExpr p -> expr(p.x());
            case Expr.Ident id -> ident(id);
            case Expr.BasicLit b -> throw new IllegalStateException("literal without value");
            case Expr.CompositeLit c -> compositeLit(c, typeOf(c));
            case Expr.FuncLit f -> funcLit(f);
            case Expr.SelectorExpr s -> selector(s);
            case Expr.IndexExpr i -> index(i);
            case Expr.SliceExpr s -> new Access.SliceExprNode(expr(s.x()), opt(s.low()), opt(s.high()), opt(s.max()));
            case Expr.TypeAssertExpr t -> new Values2.TypeAssertNode(expr(t.x()), typeOf(t.type()), typeOf(t.x()),
                    modeOf(t) == Info.Mode.COMMA_OK);
            case Expr.CallExpr c -> call(c);
            case Expr.StarExpr s -> deref(s);
            case Expr.UnaryExpr u -> unary(u);
            case Expr.BinaryExpr b -> binary(b);
            default -> throw new IllegalStateException("cannot compile " + e.getClass().getSimpleName());
        };
    }

    private ExprNode opt(Expr e) {
        return e == null ? null : expr(e);
    }

    static Object constValue(Constant c, Type t) {
        Type u = t.underlying();
        if (u instanceof Interface) {
            Type dt = switch (c) {
                case Constant.Int i -> Types.INT;
                case Constant.Float f -> Types.FLOAT64;
                case Constant.Str s -> Types.STRING;
                case Constant.Bool b -> Types.BOOL;
            };
            return new Iface(dt, constValue(c, dt));
        }
        Basic b = (Basic) u;
        return switch (c) {
            case Constant.Int i -> b.isFloat() ? (Object) roundTo(i.value().doubleValue(), b)
                    : (Object) IntOps.wrap(i.value().longValue(), b.bits(), !b.isUnsigned());
            case Constant.Float f -> b.isInteger() ? (Object) f.value().toBigInteger().longValue()
                    : (Object) roundTo(f.value().doubleValue(), b);
            case Constant.Str s -> s.value();
            case Constant.Bool bo -> bo.value();
        };
    }

    private static double roundTo(double d, Basic b) {
        return b.kind() == Basic.Kind.FLOAT32 ? (float) d : d;
    }

    ExprNode constant(Constant c, Type t) {
        return Leaves.constant(constValue(c, defaultType(t)));
    }

    ExprNode ident(Expr.Ident id) {
        Symbol s = info.uses.get(id);
        if (s == null) {
            s = info.defs.get(id);
        }
        return switch (s) {
            case Symbol.Var v -> varRead(v);
            case Symbol.Nil n -> new Leaves.ConstNode(null);
            case Symbol.Func f -> new Leaves.ConstNode(new Closure(program.codes.get(f.decl()), null));
            case Symbol.NativeFunc nf -> new Leaves.ConstNode(nf.impl());
            case Symbol.NativeVar nv -> new Leaves.GlobalNode((Object[]) program.nativeVar(nv), 0);
            case null -> throw new IllegalStateException("unresolved " + id.name() + " at " + id.pos());
            default -> throw new IllegalStateException("not a value: " + s);
        };
    }

    ExprNode varRead(Symbol.Var v) {
        if (v.kind() == Symbol.Var.Kind.GLOBAL) {
            return new Leaves.GlobalNode(program.globals, v.index);
        }
        if (v.boxed || v.kind() == Symbol.Var.Kind.CAPTURE) {
            return new Leaves.CellLocalNode(v.index);
        }
        return new Leaves.LocalNode(v.index);
    }

    Lvals.LvalNode varLval(Symbol.Var v) {
        boolean agg = aggregate(v.type());
        if (v.kind() == Symbol.Var.Kind.GLOBAL) {
            return new Lvals.GlobalLval(program.globals, v.index, agg);
        }
        if (v.boxed || v.kind() == Symbol.Var.Kind.CAPTURE) {
            return new Lvals.CellLval(v.index, agg);
        }
        return new Lvals.LocalLval(v.index, agg);
    }

    Symbol.Var varOf(Expr.Ident id) {
        Symbol s = info.defs.get(id);
        if (s == null) {
            s = info.uses.get(id);
        }
        return s instanceof Symbol.Var v ? v : null;
    }

    // ------------------------------------------------------------------ literals

    ExprNode funcLit(Expr.FuncLit f) {
        closureCount++;
        String name = parent == null ? code.name + ".func" + closureCount : code.name + "." + closureCount;
        Info.FuncInfo fi = info.funcs.get(f);
        FunctionCode child = new FunctionCode(name, f.pos().file(), f.pos().line(), !f.type().params().isEmpty());
        FuncCompiler fc = new FuncCompiler(program, child, fi, this);
        fc.compileBody(f.type(), f.body());
        List<Symbol.Var> caps = fi.captures();
        ExprNode[] refs = new ExprNode[caps.size()];
        child.captureSlots = new int[caps.size()];
        for (int i = 0; i < refs.length; i++) {
            Symbol.Var c = caps.get(i);
            child.captureSlots[i] = c.index;
            Symbol.Var outer = c.outer;
            if (outer.kind() == Symbol.Var.Kind.GLOBAL) {
                throw new IllegalStateException("capture of a global");
            }
            refs[i] = new Leaves.CellRefNode(outer.index);
        }
        return new Calls.ClosureNode(child, refs);
    }

    ExprNode compositeLit(Expr.CompositeLit c, Type t) {
        if (t instanceof Pointer p) {
            ExprNode v = compositeLit(c, p.elem());
            return aggregate(p.elem()) ? v : new Access.NewCellNode(v);
        }
        Type u = t.underlying();
        switch (u) {
            case Struct s -> {
                ExprNode[] fields = new ExprNode[s.fields().size()];
                int pos = 0;
                for (Expr el : c.elts()) {
                    if (el instanceof Expr.KeyValueExpr kv) {
                        int i = s.indexOf(((Expr.Ident) kv.key()).name());
                        fields[i] = elem(kv.value(), s.fields().get(i).type());
                    } else {
                        fields[pos] = elem(el, s.fields().get(pos).type());
                        pos++;
                    }
                }
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i] == null) {
                        fields[i] = zero(s.fields().get(i).type());
                    }
                }
                return new Values2.StructLitNode(fields, Zero.inlineMask(s));
            }
            case Array a -> {
                return list(c, a.elem(), (int) a.len(), false);
            }
            case Slice sl -> {
                return list(c, sl.elem(), -1, true);
            }
            case Map m -> {
                ExprNode[] keys = new ExprNode[c.elts().size()];
                ExprNode[] vals = new ExprNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    Expr.KeyValueExpr kv = (Expr.KeyValueExpr) c.elts().get(i);
                    keys[i] = elem(kv.key(), m.key());
                    vals[i] = elem(kv.value(), m.elem());
                }
                return new Values2.MapLitNode(keys, vals);
            }
            default -> throw new IllegalStateException("composite literal of " + t);
        }
    }

    private ExprNode list(Expr.CompositeLit c, Type elem, int len, boolean slice) {
        int n = c.elts().size();
        int[] idx = new int[n];
        ExprNode[] vals = new ExprNode[n];
        long next = 0;
        long max = 0;
        for (int i = 0; i < n; i++) {
            Expr el = c.elts().get(i);
            if (el instanceof Expr.KeyValueExpr kv) {
                Constant k = info.types.get(kv.key()).value();
                next = ((Constant.Int) k).value().longValue();
                el = kv.value();
            }
            idx[i] = (int) next;
            vals[i] = elem(el, elem);
            next++;
            max = Math.max(max, next);
        }
        int length = slice ? (int) max : len;
        return new Values2.ListLitNode(length, idx, vals, elem, slice, TypeSizes.sizeof(elem));
    }

    /** An element of a composite literal, whose own literal type may be elided. */
    private ExprNode elem(Expr e, Type t) {
        if (e instanceof Expr.CompositeLit cl && cl.type() == null) {
            Info.TypeAndValue tv = info.types.get(cl);
            Type lt = tv != null ? tv.type() : t;
            ExprNode n = compositeLit(cl, lt);
            return isIface(t) ? convertTo(n, lt, t) : n;
        }
        if (e instanceof Expr.UnaryExpr u && u.op() == Token.AND && u.x() instanceof Expr.CompositeLit cl
                && cl.type() == null) {
            return compositeLit(cl, t);
        }
        return exprTo(e, t);
    }

    static ExprNode zero(Type t) {
        if (aggregate(t)) {
            return new Access.ZeroNode(t);
        }
        return Leaves.constant(Zero.of(t));
    }

    // ------------------------------------------------------------------ selectors, index, deref

    ExprNode selector(Expr.SelectorExpr e) {
        Info.Selection sel = info.selections.get(e);
        if (sel == null) {
            return ident(e.sel());
        }
        return switch (sel.kind()) {
            case FIELD -> new Access.FieldNode(expr(e.x()), sel.path());
            case METHOD_VALUE -> new Calls.BoundMethodNode(receiver(e, sel), methodImpl(sel.method()));
            case METHOD_EXPR -> new Leaves.ConstNode(methodExpr(sel));
            case INTERFACE_METHOD -> new Calls.BoundInterfaceMethodNode(ifaceOperand(e, sel), sel.method().name());
        };
    }

    private ExprNode ifaceOperand(Expr.SelectorExpr e, Info.Selection sel) {
        ExprNode x = expr(e.x());
        return sel.path().length == 0 ? x : new Access.FieldNode(x, sel.path());
    }

    GoFunc methodImpl(gomini.types.Func m) {
        FunctionCode c = program.methodCodes.get(m);
        if (c != null) {
            return new Closure(c, null);
        }
        return (GoFunc) m.impl();
    }

    /** T.M / (*T).M: a function whose first argument is the receiver. */
    private GoFunc methodExpr(Info.Selection sel) {
        Type recv = sel.recv();
        String name = sel.method().name();
        if (isIface(recv)) {
            return (g, a) -> {
                Iface i = (Iface) a[0];
                if (i == null) {
                    throw Panics.nilDeref();
                }
                Object[] b = a.clone();
                b[0] = i.value();
                return MethodSets.find(i.type(), name).call(g, b);
            };
        }
        GoFunc f = MethodSets.find(recv, name);
        if (f == null) {
            f = methodImpl(sel.method());
        }
        return f;
    }

    /** The receiver of a static method call x.M, as M's implementation takes it. */
    ExprNode receiver(Expr.SelectorExpr e, Info.Selection sel) {
        Type xt = typeOf(e.x());
        int[] path = sel.path();
        Type bt = xt;
        for (int i : path) {
            Type u = bt instanceof Pointer p ? p.elem().underlying() : bt.underlying();
            bt = ((Struct) u).fields().get(i).type();
        }
        boolean ptrRecv = sel.method().pointerRecv();
        boolean basePtr = bt.underlying() instanceof Pointer && !(bt instanceof gomini.types.Named);
        if (ptrRecv) {
            if (basePtr || aggregate(bt)) {
                return path.length == 0 ? expr(e.x()) : new Access.FieldNode(expr(e.x()), path);
            }
            if (path.length == 0) {
                return addr(e.x());
            }
            int[] prefix = java.util.Arrays.copyOf(path, path.length - 1);
            return new Access.FieldAddrNode(new Access.FieldNode(expr(e.x()), prefix), path[path.length - 1]);
        }
        ExprNode v = path.length == 0 ? expr(e.x()) : new Access.FieldNode(expr(e.x()), path);
        if (basePtr) {
            Type elem = ((Pointer) bt.underlying()).elem();
            if (aggregate(elem)) {
                return new Access.CopyNode(new Access.DerefAggregateNode(v));
            }
            return new Access.DerefNode(v);
        }
        return owned(v, bt);
    }

    ExprNode index(Expr.IndexExpr e) {
        Type xt = typeOf(e.x()).underlying();
        if (xt instanceof Pointer p) {
            xt = p.elem().underlying();
        }
        return switch (xt) {
            case Basic b -> new Access.StringIndexNode(expr(e.x()), expr(e.index()));
            case Slice s -> new Access.SliceIndexNode(expr(e.x()), expr(e.index()));
            case Array a -> new Access.ArrayIndexNode(expr(e.x()), expr(e.index()));
            case Map m -> new Access.MapIndexNode(expr(e.x()), exprTo(e.index(), m.key()), m.elem(),
                    modeOf(e) == Info.Mode.COMMA_OK);
            default -> throw new IllegalStateException("index of " + xt);
        };
    }

    ExprNode deref(Expr.StarExpr s) {
        Type elem = ((Pointer) typeOf(s.x()).underlying()).elem();
        if (aggregate(elem)) {
            return new Access.DerefAggregateNode(expr(s.x()));
        }
        return new Access.DerefNode(expr(s.x()));
    }

    /** &e: the address of an addressable expression (or of a composite literal). */
    ExprNode addr(Expr e) {
        e = unparen(e);
        Type t = typeOf(e);
        boolean agg = aggregate(t);
        switch (e) {
            case Expr.CompositeLit c -> {
                ExprNode v = compositeLit(c, t);
                return agg ? v : new Access.NewCellNode(v);
            }
            case Expr.Ident id -> {
                Symbol.Var v = varOf(id);
                if (v.kind() == Symbol.Var.Kind.GLOBAL) {
                    return agg ? new Leaves.GlobalNode(program.globals, v.index)
                            : new Access.GlobalAddrNode(program.globals, v.index);
                }
                if (agg) {
                    return varRead(v);
                }
                if (v.boxed || v.kind() == Symbol.Var.Kind.CAPTURE) {
                    return new Leaves.CellRefNode(v.index);
                }
                throw new IllegalStateException("address of unboxed " + v);
            }
            case Expr.SelectorExpr s -> {
                Info.Selection sel = info.selections.get(s);
                if (sel == null) {
                    ExprNode g = ident(s.sel());
                    return agg ? g : new Access.NewCellNode(g);
                }
                if (agg) {
                    return new Access.FieldNode(expr(s.x()), sel.path());
                }
                int[] path = sel.path();
                int[] prefix = java.util.Arrays.copyOf(path, path.length - 1);
                ExprNode holder = prefix.length == 0 ? expr(s.x()) : new Access.FieldNode(expr(s.x()), prefix);
                return new Access.FieldAddrNode(holder, path[path.length - 1]);
            }
            case Expr.IndexExpr i -> {
                if (agg) {
                    return index(i);
                }
                return new Access.ElemAddrNode(expr(i.x()), expr(i.index()));
            }
            case Expr.StarExpr s -> {
                return expr(s.x());
            }
            default -> {
                return agg ? new Access.CopyNode(expr(e)) : new Access.NewCellNode(expr(e));
            }
        }
    }

    // ------------------------------------------------------------------ assignable locations

    Lvals.LvalNode lval(Expr e) {
        e = unparen(e);
        if (e instanceof Expr.Ident id && id.name().equals("_")) {
            return new Lvals.BlankNode();
        }
        Type t = typeOf(e);
        boolean agg = aggregate(t);
        switch (e) {
            case Expr.Ident id -> {
                Symbol s = info.uses.get(id);
                if (s == null) {
                    s = info.defs.get(id);
                }
                if (s instanceof Symbol.NativeVar nv) {
                    return new Lvals.GlobalLval((Object[]) program.nativeVar(nv), 0, agg);
                }
                return varLval((Symbol.Var) s);
            }
            case Expr.SelectorExpr s -> {
                Info.Selection sel = info.selections.get(s);
                if (sel == null) {
                    if (info.uses.get(s.sel()) instanceof Symbol.Var v) {
                        return varLval(v);
                    }
                    Symbol.NativeVar nv = (Symbol.NativeVar) info.uses.get(s.sel());
                    return new Lvals.GlobalLval((Object[]) program.nativeVar(nv), 0, agg);
                }
                int[] path = sel.path();
                int[] prefix = java.util.Arrays.copyOf(path, path.length - 1);
                ExprNode holder = prefix.length == 0 ? expr(s.x()) : new Access.FieldNode(expr(s.x()), prefix);
                return new Lvals.FieldLval(holder, path[path.length - 1], agg);
            }
            case Expr.IndexExpr i -> {
                Type xt = typeOf(i.x()).underlying();
                if (xt instanceof Map m) {
                    return new Lvals.MapLval(expr(i.x()), exprTo(i.index(), m.key()), m.elem());
                }
                return new Lvals.ElemLval(expr(i.x()), expr(i.index()), agg).slice(xt instanceof Slice);
            }
            case Expr.StarExpr s -> {
                return new Lvals.DerefLval(expr(s.x()), agg);
            }
            default -> throw new IllegalStateException("not assignable: " + e);
        }
    }

    // ------------------------------------------------------------------ operators

    ExprNode unary(Expr.UnaryExpr u) {
        Type t = typeOf(u);
        switch (u.op()) {
            case AND:
                return addr(u.x());
            case ARROW:
                return new Conc.RecvNode(expr(u.x()), modeOf(u) == Info.Mode.COMMA_OK);
            case NOT:
                return new Compare.NotNode(expr(u.x()));
            case ADD:
                return expr(u.x());
            case SUB: {
                Basic b = (Basic) defaultType(t.underlying());
                if (b.isFloat()) {
                    return f32(new FloatOps.NegNode(expr(u.x())), b);
                }
                return wrap(new IntOps.NegNode(expr(u.x())), b);
            }
            case XOR: {
                Basic b = (Basic) defaultType(t.underlying());
                return wrap(new IntOps.NotNode(expr(u.x())), b);
            }
            default:
                throw new IllegalStateException("unary " + u.op());
        }
    }

    static ExprNode wrap(ExprNode n, Basic b) {
        return b.bits() < 64 ? new IntOps.WrapNode(n, b.bits(), !b.isUnsigned()) : n;
    }

    static ExprNode f32(ExprNode n, Basic b) {
        return b.kind() == Basic.Kind.FLOAT32 ? new FloatOps.F32Node(n) : n;
    }

    ExprNode binary(Expr.BinaryExpr b) {
        Token op = b.op();
        if (op == Token.LAND) {
            return new Compare.AndAndNode(expr(b.x()), expr(b.y()));
        }
        if (op == Token.LOR) {
            return new Compare.OrOrNode(expr(b.x()), expr(b.y()));
        }
        Type xt = typeOf(b.x());
        Type yt = typeOf(b.y());
        switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ:
                return comparison(op, expr(b.x()), xt, expr(b.y()), yt);
            case SHL, SHR: {
                Type rt = defaultType(typeOf(b).underlying());
                Basic rb = (Basic) rt.underlying();
                boolean unsignedCount = ((Basic) defaultType(yt).underlying()).isUnsigned();
                ExprNode x = expr(b.x());
                ExprNode y = expr(b.y());
                if (op == Token.SHL) {
                    return wrap(new IntOps.ShlNode(x, y, unsignedCount), rb);
                }
                if (rb.isUnsigned() && rb.bits() == 64) {
                    return new IntOps.UShrNode(x, y, unsignedCount);
                }
                return new IntOps.ShrNode(x, y, unsignedCount);
            }
            default:
                return arith(op, expr(b.x()), expr(b.y()), defaultType(typeOf(b)));
        }
    }

    static ExprNode arith(Token op, ExprNode x, ExprNode y, Type t) {
        Basic b = (Basic) t.underlying();
        if (b.isString()) {
            return new Values2.ConcatNode(x, y);
        }
        if (b.isFloat()) {
            ExprNode n = switch (op) {
                case ADD -> new FloatOps.AddNode(x, y);
                case SUB -> new FloatOps.SubNode(x, y);
                case MUL -> new FloatOps.MulNode(x, y);
                case QUO -> new FloatOps.DivNode(x, y);
                default -> throw new IllegalStateException("float " + op);
            };
            return f32(n, b);
        }
        boolean u64 = b.isUnsigned() && b.bits() == 64;
        ExprNode n = switch (op) {
            case ADD -> new IntOps.AddNode(x, y);
            case SUB -> new IntOps.SubNode(x, y);
            case MUL -> new IntOps.MulNode(x, y);
            case QUO -> u64 ? new IntOps.UDivNode(x, y) : new IntOps.DivNode(x, y);
            case REM -> u64 ? new IntOps.URemNode(x, y) : new IntOps.RemNode(x, y);
            case AND -> new IntOps.AndNode(x, y);
            case OR -> new IntOps.OrNode(x, y);
            case XOR -> new IntOps.XorNode(x, y);
            case AND_NOT -> new IntOps.AndNotNode(x, y);
            case SHL -> new IntOps.ShlNode(x, y, false);
            case SHR -> u64 ? new IntOps.UShrNode(x, y, false) : new IntOps.ShrNode(x, y, false);
            default -> throw new IllegalStateException("int " + op);
        };
        return wrap(n, b);
    }

    static ExprNode comparison(Token op, ExprNode x, Type xt, ExprNode y, Type yt) {
        if (xt == Types.UNTYPED_NIL || yt == Types.UNTYPED_NIL) {
            return op == Token.EQL ? new Compare.ValueEqNode(x, y) : new Compare.ValueNeNode(x, y);
        }
        if (isIface(xt) || isIface(yt)) {
            if (!isIface(xt)) {
                x = convertTo(x, xt, yt);
            }
            if (!isIface(yt)) {
                y = convertTo(y, yt, xt);
            }
            return new Compare.IfaceEqNode(x, y, op == Token.NEQ);
        }
        if (xt.underlying() instanceof Pointer || yt.underlying() instanceof Pointer) {
            return new Compare.PtrEqNode(x, y, op == Token.NEQ);
        }
        Type t = defaultType(xt).underlying();
        if (!(t instanceof Basic)) {
            t = defaultType(yt).underlying();
        }
        if (t instanceof Basic b) {
            if (b.isString()) {
                return switch (op) {
                    case EQL -> new Compare.StringEqNode(x, y);
                    case NEQ -> new Compare.StringNeNode(x, y);
                    case LSS -> new Compare.StringLtNode(x, y);
                    case LEQ -> new Compare.StringLeNode(x, y);
                    case GTR -> new Compare.StringGtNode(x, y);
                    default -> new Compare.StringGeNode(x, y);
                };
            }
            if (b.isFloat()) {
                return switch (op) {
                    case EQL -> new Compare.FloatEqNode(x, y);
                    case NEQ -> new Compare.FloatNeNode(x, y);
                    case LSS -> new Compare.FloatLtNode(x, y);
                    case LEQ -> new Compare.FloatLeNode(x, y);
                    case GTR -> new Compare.FloatGtNode(x, y);
                    default -> new Compare.FloatGeNode(x, y);
                };
            }
            if (b.isBoolean()) {
                return op == Token.EQL ? new Compare.BoolEqNode(x, y) : new Compare.BoolNeNode(x, y);
            }
            if (b.isInteger()) {
                if (b.isUnsigned() && b.bits() == 64) {
                    switch (op) {
                        case LSS:
                            return new Compare.UintLtNode(x, y);
                        case LEQ:
                            return new Compare.UintLeNode(x, y);
                        case GTR:
                            return new Compare.UintGtNode(x, y);
                        case GEQ:
                            return new Compare.UintGeNode(x, y);
                        default:
                            break;
                    }
                }
                return switch (op) {
                    case EQL -> new Compare.IntEqNode(x, y);
                    case NEQ -> new Compare.IntNeNode(x, y);
                    case LSS -> new Compare.IntLtNode(x, y);
                    case LEQ -> new Compare.IntLeNode(x, y);
                    case GTR -> new Compare.IntGtNode(x, y);
                    default -> new Compare.IntGeNode(x, y);
                };
            }
        }
        return op == Token.EQL ? new Compare.ValueEqNode(x, y) : new Compare.ValueNeNode(x, y);
    }

    // ------------------------------------------------------------------ calls

    ExprNode call(Expr.CallExpr c) {
        Expr fun = unparen(c.fun());
        if (modeOf(fun) == Info.Mode.TYPE || modeOf(c.fun()) == Info.Mode.TYPE) {
            return conversion(c.args().get(0), typeOf(c.fun()));
        }
        if (fun instanceof Expr.Ident id && info.uses.get(id) instanceof Symbol.Builtin b) {
            return builtin(b.name(), c);
        }
        Signature sig = (Signature) typeOf(c.fun()).underlying();
        if (fun instanceof Expr.SelectorExpr s) {
            Info.Selection sel = info.selections.get(s);
            if (sel != null && sel.kind() == Info.Selection.Kind.METHOD_VALUE) {
                ExprNode recv = receiver(s, sel);
                FunctionCode mc = program.methodCodes.get(sel.method());
                ExprNode[] args = args(c, sig, recv);
                if (args == null) {
                    return spread(new Leaves.ConstNode(methodImpl(sel.method())), c, sig, recv);
                }
                if (mc != null) {
                    return new Calls.StaticCallNode(mc, args);
                }
                return new Calls.NativeCallNode(methodImpl(sel.method()), args);
            }
            if (sel != null && sel.kind() == Info.Selection.Kind.INTERFACE_METHOD) {
                ExprNode[] args = args(c, sig, null);
                if (args == null) {
                    return spread(new Calls.BoundInterfaceMethodNode(ifaceOperand(s, sel), sel.method().name()), c,
                            sig, null);
                }
                return new Calls.InterfaceCallNode(ifaceOperand(s, sel), sel.method().name(), args);
            }
        }
        ExprNode[] args = args(c, sig, null);
        Symbol s = fun instanceof Expr.Ident id ? info.uses.get(id)
                : fun instanceof Expr.SelectorExpr se && info.selections.get(se) == null ? info.uses.get(se.sel()) : null;
        if (args == null) {
            return spread(expr(fun), c, sig, null);
        }
        if (s instanceof Symbol.Func f) {
            return new Calls.StaticCallNode(program.codes.get(f.decl()), args);
        }
        if (s instanceof Symbol.NativeFunc nf) {
            return new Calls.NativeCallNode((GoFunc) nf.impl(), args);
        }
        return new Calls.DynamicCallNode(expr(fun), args);
    }

    /** The argument nodes (receiver first when given), or null when a multi-valued call supplies them. */
    ExprNode[] args(Expr.CallExpr c, Signature sig, ExprNode recv) {
        List<Expr> as = c.args();
        if (as.size() == 1 && typeOf(as.get(0)) instanceof Tuple tt && tt.size() > 1) {
            return null;
        }
        List<ExprNode> out = new ArrayList<>();
        if (recv != null) {
            out.add(recv);
        }
        int np = sig.params().size();
        int fixed = sig.variadic() && !c.hasEllipsis() ? np - 1 : np;
        for (int i = 0; i < fixed && i < as.size(); i++) {
            out.add(exprTo(as.get(i), sig.params().get(i)));
        }
        if (sig.variadic() && !c.hasEllipsis()) {
            Type elem = ((Slice) sig.params().get(np - 1)).elem();
            int extra = as.size() - fixed;
            if (extra == 0) {
                out.add(new Leaves.ConstNode(null));
            } else {
                ExprNode[] vals = new ExprNode[extra];
                int[] idx = new int[extra];
                for (int i = 0; i < extra; i++) {
                    vals[i] = exprTo(as.get(fixed + i), elem);
                    idx[i] = i;
                }
                out.add(new Values2.ListLitNode(extra, idx, vals, elem, true, TypeSizes.sizeof(elem)));
            }
        }
        return out.toArray(new ExprNode[0]);
    }

    /** f(g()) with g multi-valued: the tuple's values become the arguments (converted, variadic packed). */
    ExprNode spread(ExprNode fn, Expr.CallExpr c, Signature sig, ExprNode recv) {
        Expr arg = c.args().get(0);
        Tuple tt = (Tuple) typeOf(arg);
        int np = sig.params().size();
        Stmts2Converter[] conv = new Stmts2Converter[tt.size()];
        for (int i = 0; i < tt.size(); i++) {
            Type target = sig.variadic() && i >= np - 1 ? ((Slice) sig.params().get(np - 1)).elem() : sig.params().get(i);
            conv[i] = converter(tt.get(i), target);
        }
        boolean variadic = sig.variadic();
        java.util.function.UnaryOperator<Object[]> adapt = vals -> {
            for (int i = 0; i < vals.length; i++) {
                if (conv[i] != null) {
                    vals[i] = conv[i].convert(vals[i]);
                }
            }
            Object[] out = vals;
            if (variadic) {
                out = new Object[np];
                System.arraycopy(vals, 0, out, 0, np - 1);
                int extra = vals.length - (np - 1);
                Object[] rest = new Object[extra];
                System.arraycopy(vals, np - 1, rest, 0, extra);
                out[np - 1] = extra == 0 ? null : new gomini.runtime.SliceValue(rest);
            }
            return out;
        };
        if (recv != null) {
            ExprNode f0 = fn;
            ExprNode r0 = recv;
            fn = new ExprNode() {
                @Override
                public Object eval(gomini.interp.Frame f) {
                    GoFunc m = (GoFunc) f0.eval(f);
                    Object r = r0.eval(f);
                    return (GoFunc) (g, a) -> {
                        Object[] b = new Object[a.length + 1];
                        b[0] = r;
                        System.arraycopy(a, 0, b, 1, a.length);
                        return m.call(g, b);
                    };
                }
            };
        }
        return new Calls.SpreadCallNode(fn, expr(arg), adapt);
    }

    ExprNode conversion(Expr arg, Type to) {
        Type from = typeOf(arg);
        ExprNode x = expr(arg);
        Type tu = to.underlying();
        Type fu = defaultType(from).underlying();
        if (tu instanceof Interface) {
            return convertTo(x, from, to);
        }
        if (tu instanceof Basic tb && fu instanceof Basic fb) {
            if (tb.isInteger() && fb.isInteger()) {
                return wrap(x, tb);
            }
            if (tb.isFloat() && fb.isInteger()) {
                return new Values2.IntToFloatNode(x, fb.isUnsigned() && fb.bits() == 64,
                        tb.kind() == Basic.Kind.FLOAT32);
            }
            if (tb.isInteger() && fb.isFloat()) {
                return wrap(new Values2.FloatToIntNode(x, tb.isUnsigned() && tb.bits() == 64), tb);
            }
            if (tb.isFloat() && fb.isFloat()) {
                return f32(x, tb);
            }
            if (tb.isString() && fb.isInteger()) {
                return new Values2.ConvertNode(x, v -> GoStrings.fromRune((Long) v));
            }
            return x;
        }
        if (tu instanceof Basic tb && tb.isString() && fu instanceof Slice s) {
            Basic eb = (Basic) s.elem().underlying();
            if (eb.kind() == Basic.Kind.INT32) {
                return new Values2.ConvertNode(x, v -> Values2.runesToString((gomini.runtime.SliceValue) v));
            }
            return new Values2.ConvertNode(x, v -> Values2.bytesToString((gomini.runtime.SliceValue) v));
        }
        if (tu instanceof Slice s && fu instanceof Basic fb && fb.isString()) {
            Basic eb = (Basic) s.elem().underlying();
            if (eb.kind() == Basic.Kind.INT32) {
                return new Values2.ConvertNode(x, v -> Values2.stringToRunes((String) v));
            }
            return new Values2.ConvertNode(x, v -> Values2.stringToBytes((String) v, 1));
        }
        return owned(x, to);
    }

    // ------------------------------------------------------------------ builtins

    @SuppressWarnings("unchecked")
    ExprNode builtin(String name, Expr.CallExpr c) {
        List<Expr> as = c.args();
        switch (name) {
            case "len":
                return new Access.LenNode(expr(as.get(0)));
            case "cap":
                return new Access.CapNode(expr(as.get(0)));
            case "append": {
                Type st = typeOf(c);
                Type elem = ((Slice) st.underlying()).elem();
                Object zero = aggregate(elem) ? elem : Zero.of(elem);
                long size = TypeSizes.sizeof(elem);
                if (c.hasEllipsis()) {
                    return new Builtins.AppendSpreadNode(expr(as.get(0)), expr(as.get(1)), size, zero, aggregate(elem));
                }
                if (as.size() == 1) {
                    return expr(as.get(0));
                }
                ExprNode[] vals = new ExprNode[as.size() - 1];
                for (int i = 1; i < as.size(); i++) {
                    vals[i - 1] = exprTo(as.get(i), elem);
                }
                return new Builtins.AppendNode(expr(as.get(0)), vals, size, zero);
            }
            case "copy": {
                Type dt = typeOf(as.get(0)).underlying();
                return new Builtins.CopyNode(expr(as.get(0)), expr(as.get(1)), aggregate(((Slice) dt).elem()));
            }
            case "delete": {
                Map m = (Map) typeOf(as.get(0)).underlying();
                return new Builtins.DeleteNode(expr(as.get(0)), exprTo(as.get(1), m.key()));
            }
            case "make": {
                Type t = typeOf(as.get(0));
                ExprNode a1 = as.size() > 1 ? expr(as.get(1)) : null;
                ExprNode a2 = as.size() > 2 ? expr(as.get(2)) : null;
                return switch (t.underlying()) {
                    case Slice s -> new Builtins.MakeSliceNode(a1, a2, s.elem());
                    case Map m -> new Builtins.MakeMapNode(a1);
                    case Chan ch -> new Builtins.MakeChanNode(a1, ch.elem());
                    default -> throw new IllegalStateException("make " + t);
                };
            }
            case "new": {
                Type t = typeOf(as.get(0));
                return aggregate(t) ? new Access.ZeroNode(t) : new Access.NewCellNode(zero(t));
            }
            case "panic":
                return new Builtins.PanicNode(exprTo(as.get(0), Types.ANY));
            case "recover":
                return new Builtins.RecoverNode();
            case "print":
            case "println": {
                ExprNode[] vals = new ExprNode[as.size()];
                Function<Object, String>[] fmts = new Function[as.size()];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = expr(as.get(i));
                    fmts[i] = printFormat(defaultType(typeOf(as.get(i))));
                }
                gomini.runtime.ProgramIO io = program.io;
                return new Builtins.PrintNode(vals, fmts, name.equals("println"), s -> {
                    io.stdout().flush();
                    io.stderr().print(s);
                    io.stderr().flush();
                });
            }
            case "min":
            case "max": {
                Type t = defaultType(typeOf(c)).underlying();
                Basic b = (Basic) t;
                int kind = b.isString() ? 3 : b.isFloat() ? 2 : b.isUnsigned() && b.bits() == 64 ? 1 : 0;
                ExprNode[] vals = new ExprNode[as.size()];
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = exprTo(as.get(i), typeOf(c));
                }
                return new Builtins.MinMaxNode(vals, name.equals("max"), kind);
            }
            case "clear": {
                Type t = typeOf(as.get(0)).underlying();
                Type elem = t instanceof Slice s ? s.elem() : ((Map) t).elem();
                return new Builtins.ClearNode(expr(as.get(0)), elem);
            }
            case "close":
                return new Builtins.CloseNode(expr(as.get(0)));
            default:
                throw new IllegalStateException("builtin " + name + " not supported");
        }
    }

    static Function<Object, String> printFormat(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isString()) {
                return v -> GoStrings.toJava((String) v);
            }
            return v -> PrintFormat.basic(v, b);
        }
        if (u instanceof Interface) {
            return PrintFormat::iface;
        }
        if (u instanceof Slice) {
            return v -> {
                gomini.runtime.SliceValue s = (gomini.runtime.SliceValue) v;
                return s == null ? "[0/0]0x0" : "[" + s.len + "/" + s.cap + "]" + PrintFormat.address(s.array);
            };
        }
        return PrintFormat::address;
    }

    static GoPanic unsupported(String what) {
        return GoPanic.plain("gomini: unsupported: " + what);
    }
}
