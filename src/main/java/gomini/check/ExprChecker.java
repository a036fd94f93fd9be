package gomini.check;

import gomini.ast.Expr;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Interface;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Tuple;
import gomini.types.Type;
import gomini.types.Types;

/** Expressions: dispatch, names, literals, indexing, slicing, dereference, type assertions, func literals. */
final class ExprChecker {
    private final Checker c;
    final Operators ops;

    ExprChecker(Checker c) {
        this.c = c;
        this.ops = new Operators(c);
    }

    /** A single value (untyped constants stay untyped until assigned). */
    Operand expr(Expr e, Scope s, Type hint) {
        Operand x = raw(e, s, hint);
        return singleValue(x);
    }

    Operand singleValue(Operand x) {
        switch (x.mode) {
            case INVALID -> {
                return x;
            }
            case TYPEXPR -> c.error(x.expr, ExprString.of(x.expr) + " (type) is not an expression");
            case NOVALUE -> c.error(x.expr, ExprString.of(x.expr) + " (no value) used as value");
            case BUILTIN -> c.error(x.expr, ExprString.of(x.expr) + " (built-in) must be called");
            case PACKAGE -> c.error(x.expr, "use of package " + ExprString.of(x.expr) + " without selector");
            default -> {
                if (x.type instanceof Tuple) {
                    c.error(x.expr, "multiple-value " + x + " in single-value context");
                    x.mode = Operand.Mode.INVALID;
                }
                return x;
            }
        }
        x.mode = Operand.Mode.INVALID;
        return x;
    }

    /** A value or a type. */
    Operand exprOrType(Expr e, Scope s) {
        Operand x = raw(e, s, null);
        if (x.mode == Operand.Mode.TYPEXPR) {
            return x;
        }
        return singleValue(x);
    }

    /** Any expression, multi-valued calls included. */
    Operand multi(Expr e, Scope s) {
        Operand x = raw(e, s, null);
        if (x.mode == Operand.Mode.NOVALUE || x.type instanceof Tuple) {
            if (x.mode == Operand.Mode.NOVALUE) {
                c.error(x.expr, ExprString.of(x.expr) + " (no value) used as value");
                x.mode = Operand.Mode.INVALID;
            }
            return x;
        }
        return singleValue(x);
    }

    Operand raw(Expr e, Scope s, Type hint) {
        Operand x = dispatch(e, s, hint);
        x.expr = e;
        c.record(x);
        return x;
    }

    private Operand dispatch(Expr e, Scope s, Type hint) {
        return switch (e) {
            case Expr.Ident id -> ident(id, s);
            case Expr.BasicLit lit -> literal(lit);
            case Expr.ParenExpr p -> {
                Operand x = raw(p.x(), s, hint);
                Operand y = new Operand(x.mode, e, x.type);
                y.val = x.val;
                y.builtin = x.builtin;
                yield y;
            }
            case Expr.FuncLit f -> funcLit(f, s);
            case Expr.CompositeLit cl -> c.composites.literal(cl, s, hint);
            case Expr.SelectorExpr sel -> c.selectors.selector(sel, s);
            case Expr.IndexExpr ix -> index(ix, s);
            case Expr.SliceExpr sl -> slice(sl, s);
            case Expr.TypeAssertExpr ta -> typeAssert(ta, s);
            case Expr.CallExpr call -> c.calls.call(call, s);
            case Expr.StarExpr st -> star(st, s);
            case Expr.UnaryExpr u -> ops.unary(u, s);
            case Expr.BinaryExpr b -> ops.binary(b, s);
            case Expr.KeyValueExpr kv -> {
                c.error(kv, "unexpected key:value expression");
                yield Operand.invalid(e);
            }
            case Expr.Ellipsis el -> {
                c.error(el, "invalid use of ...");
                yield Operand.invalid(e);
            }
            case Expr.ArrayType a -> typeOperand(e, s);
            case Expr.StructType st -> typeOperand(e, s);
            case Expr.FuncType ft -> typeOperand(e, s);
            case Expr.InterfaceType it -> typeOperand(e, s);
            case Expr.MapType m -> typeOperand(e, s);
            case Expr.ChanType ch -> typeOperand(e, s);
        };
    }

    private Operand typeOperand(Expr e, Scope s) {
        Type t = c.types.typ(e, s);
        return t == Types.INVALID ? Operand.invalid(e) : new Operand(Operand.Mode.TYPEXPR, e, t);
    }

    Operand ident(Expr.Ident id, Scope s) {
        return ident(id, s, true);
    }

    /** use=false for the left side of an assignment, which does not count as using the variable. */
    Operand ident(Expr.Ident id, Scope s, boolean use) {
        if (id.name().equals("_")) {
            c.error(id, "cannot use _ as value");
            return Operand.invalid(id);
        }
        Symbol sym = c.lookup(s, id.name());
        if (sym == null) {
            c.error(id, "undefined: " + id.name());
            return Operand.invalid(id);
        }
        switch (sym) {
            case Symbol.Var v -> {
                Symbol.Var seen = s == null ? v : capture(v, s.func);
                if (use) {
                    v.used = true;
                    seen.used = true;
                }
                c.info.uses.put(id, seen);
                return new Operand(Operand.Mode.VARIABLE, id, v.type());
            }
            case Symbol.Const k -> {
                c.info.uses.put(id, k);
                if (k.name().equals("iota") && c.universe.local("iota") == k) {
                    if (c.iota == null) {
                        c.error(id, "cannot use iota outside constant declaration");
                        return Operand.invalid(id);
                    }
                    return Operand.constant(id, Types.UNTYPED_INT, c.iota);
                }
                if (k.type() == Types.INVALID) {
                    return Operand.invalid(id);
                }
                return Operand.constant(id, k.type(), k.value());
            }
            case Symbol.TypeName t -> {
                c.info.uses.put(id, t);
                return t.type() == Types.INVALID ? Operand.invalid(id) : new Operand(Operand.Mode.TYPEXPR, id, t.type());
            }
            case Symbol.Func f -> {
                c.info.uses.put(id, f);
                return f.type() == null ? Operand.invalid(id) : new Operand(Operand.Mode.VALUE, id, f.type());
            }
            case Symbol.NativeFunc f -> {
                c.info.uses.put(id, f);
                return new Operand(Operand.Mode.VALUE, id, f.type());
            }
            case Symbol.NativeVar v -> {
                c.info.uses.put(id, v);
                return new Operand(Operand.Mode.VARIABLE, id, v.type());
            }
            case Symbol.PkgName p -> {
                c.info.uses.put(id, p);
                c.decls.markUsed(p);
                return new Operand(Operand.Mode.PACKAGE, id, null);
            }
            case Symbol.Builtin b -> {
                c.info.uses.put(id, b);
                Operand o = new Operand(Operand.Mode.BUILTIN, id, null);
                o.builtin = b.name();
                return o;
            }
            case Symbol.Nil n -> {
                c.info.uses.put(id, n);
                return new Operand(Operand.Mode.VALUE, id, Types.UNTYPED_NIL);
            }
        }
    }

    /** v as seen from function fn: itself, or the CAPTURE var chain through the enclosing closures. */
    Symbol.Var capture(Symbol.Var v, FuncCtx fn) {
        FuncCtx own = c.owner.get(v);
        if (own == null || fn == null || own == fn) {
            return v;
        }
        Symbol.Var outer = capture(v, fn.parent);
        Symbol.Var cap = fn.captureFor(outer);
        c.owner.put(cap, fn);
        return cap;
    }

    private Operand literal(Expr.BasicLit lit) {
        try {
            Constant v = Literals.value(lit);
            Type t = switch (lit.kind()) {
                case INT -> Types.UNTYPED_INT;
                case FLOAT -> Types.UNTYPED_FLOAT;
                case CHAR -> Types.UNTYPED_RUNE;
                default -> Types.UNTYPED_STRING;
            };
            return Operand.constant(lit, t, v);
        } catch (Literals.Bad | RuntimeException e) {
            c.error(lit, e instanceof Literals.Bad ? e.getMessage() : "invalid literal " + lit.value());
            return Operand.invalid(lit);
        }
    }

    private Operand funcLit(Expr.FuncLit f, Scope s) {
        Signature sig = c.types.signature(f.type(), s);
        c.stmts.funcBody(f, null, null, f.type(), sig, f.body(), s);
        Operand r = new Operand(Operand.Mode.VALUE, f, sig);
        r.typeName = ExprString.of(f.type());
        return r;
    }

    private Operand star(Expr.StarExpr st, Scope s) {
        Operand x = exprOrType(st.x(), s);
        if (x.invalid()) {
            return x;
        }
        if (x.mode == Operand.Mode.TYPEXPR) {
            return new Operand(Operand.Mode.TYPEXPR, st, Types.pointer(x.type));
        }
        if (x.isNil()) {
            c.error(st, "invalid operation: cannot indirect nil");
            return Operand.invalid(st);
        }
        if (!(x.type.underlying() instanceof Pointer p)) {
            c.error(st.x(), "invalid operation: cannot indirect " + x);
            return Operand.invalid(st);
        }
        return new Operand(Operand.Mode.VARIABLE, st, p.elem());
    }

    private Operand index(Expr.IndexExpr ix, Scope s) {
        Operand x = expr(ix.x(), s, null);
        if (x.invalid()) {
            expr(ix.index(), s, null);
            return x;
        }
        Type u = x.type.underlying();
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            checkIndex(ix.index(), s, a.len());
            return new Operand(Operand.Mode.VARIABLE, ix, a.elem());
        }
        switch (u) {
            case Basic b when b.isString() -> {
                long len = x.isConst() ? ((Constant.Str) x.val).value().length() : -1;
                checkIndex(ix.index(), s, len);
                Operand r = new Operand(Operand.Mode.VALUE, ix, Types.BYTE);
                r.typeName = "byte";
                return r;
            }
            case Array a -> {
                checkIndex(ix.index(), s, a.len());
                return new Operand(x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, ix, a.elem());
            }
            case Slice sl -> {
                checkIndex(ix.index(), s, -1);
                return new Operand(Operand.Mode.VARIABLE, ix, sl.elem());
            }
            case Map m -> {
                Operand k = expr(ix.index(), s, m.key());
                c.assigns.assign(k, m.key(), "map index");
                return new Operand(Operand.Mode.MAPINDEX, ix, m.elem());
            }
            default -> {
                expr(ix.index(), s, null);
                c.error(x.expr, "invalid operation: cannot index " + x);
                return Operand.invalid(ix);
            }
        }
    }

    /** Checks an index (or slice bound); returns its constant value or -1. len is -1 when unknown. */
    long checkIndex(Expr e, Scope s, long len) {
        Operand i = expr(e, s, null);
        if (i.invalid()) {
            return -1;
        }
        if (i.untyped()) {
            c.assigns.convertUntyped(i, Types.INT);
        }
        if (!(i.type.underlying() instanceof Basic b) || !b.isInteger()) {
            if (i.isConst() && i.val instanceof Constant.Float) {
                c.error(e, i + " truncated to int");
            } else {
                c.error(e, "invalid argument: index " + i + " must be integer");
            }
            return -1;
        }
        if (i.isConst()) {
            long v = ((Constant.Int) i.val).value().longValue();
            if (v < 0) {
                c.error(e, "invalid argument: index " + ExprString.of(e) + " (constant of type int) must not be negative");
                return -1;
            }
            if (len >= 0 && v >= len) {
                c.error(e, "invalid argument: index " + v + " out of bounds [0:" + len + "]");
                return -1;
            }
            return v;
        }
        return -1;
    }

    private Operand slice(Expr.SliceExpr sl, Scope s) {
        Operand x = expr(sl.x(), s, null);
        if (x.invalid()) {
            return x;
        }
        Type u = x.type.underlying();
        Type result;
        long len = -1;
        if (u instanceof Basic b && b.isString()) {
            if (sl.slice3()) {
                c.error(sl, "invalid operation: 3-index slice of string");
                return Operand.invalid(sl);
            }
            result = b.isUntyped() ? Types.STRING : x.type;
            if (x.isConst()) {
                len = ((Constant.Str) x.val).value().length();
            }
        } else if (u instanceof Array a) {
            if (x.mode != Operand.Mode.VARIABLE) {
                c.error(sl, "invalid operation: " + x + " (slice of unaddressable value)");
                return Operand.invalid(sl);
            }
            result = Types.slice(a.elem());
            len = a.len();
            markAddressTaken(sl.x(), s);
        } else if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            result = Types.slice(a.elem());
            len = a.len();
        } else if (u instanceof Slice) {
            result = x.type;
        } else {
            c.error(x.expr, "cannot slice " + x);
            return Operand.invalid(sl);
        }
        long cap = len >= 0 ? len + 1 : -1;
        long lo = sl.low() == null ? 0 : checkIndex(sl.low(), s, cap);
        long hi = sl.high() == null ? -1 : checkIndex(sl.high(), s, cap);
        long mx = sl.max() == null ? -1 : checkIndex(sl.max(), s, cap);
        if (lo >= 0 && hi >= 0 && lo > hi) {
            c.error(sl.high(), "invalid slice indices: " + hi + " < " + lo);
        } else if (hi >= 0 && mx >= 0 && hi > mx) {
            c.error(sl.max(), "invalid slice indices: " + mx + " < " + hi);
        }
        return new Operand(Operand.Mode.VALUE, sl, result);
    }

    private Operand typeAssert(Expr.TypeAssertExpr ta, Scope s) {
        Operand x = expr(ta.x(), s, null);
        if (ta.type() == null) {
            c.error(ta, "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(ta);
        }
        Type t = c.types.typ(ta.type(), s);
        if (x.invalid() || t == Types.INVALID) {
            return Operand.invalid(ta);
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            c.error(x.expr, "invalid operation: " + x + " is not an interface");
            return Operand.invalid(ta);
        }
        if (!(t.underlying() instanceof Interface)) {
            String why = Assignability.missingMethod(t, xi);
            if (why != null) {
                c.error(ta, "impossible type assertion: " + ExprString.of(ta) + "\n\t" + TypeString.of(t)
                        + " does not implement " + TypeString.of(x.type) + " " + why);
                return Operand.invalid(ta);
            }
        }
        return new Operand(Operand.Mode.COMMAOK, ta, t);
    }

    /**
     * e's address is taken (explicitly with &, or implicitly by a pointer-method call or slicing an
     * array): a local variable of non-struct, non-array type must then live in a Cell.
     */
    void markAddressTaken(Expr e, Scope s) {
        Expr u = Assignments.unparen(e);
        if (u instanceof Expr.Ident id && c.info.uses.get(id) instanceof Symbol.Var v && v.kind() != Symbol.Var.Kind.GLOBAL) {
            Type t = v.type().underlying();
            if (!(t instanceof Struct) && !(t instanceof Array)) {
                v.boxed = true;
                if (v.kind() == Symbol.Var.Kind.CAPTURE) {
                    for (Symbol.Var o = v.outer; o != null; o = o.outer) {
                        o.boxed = true;
                    }
                }
            }
        }
    }
}
