package gomini.check;

import gomini.ast.Expr;
import gomini.types.Array;
import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Map;
import gomini.types.Pointer;
import gomini.types.Slice;
import gomini.types.Type;
import gomini.types.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Calls of the predeclared functions, each with the spec's argument rules. */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    Operand call(Expr.CallExpr e, String name, Scope s) {
        List<Expr> args = e.args();
        if (e.hasEllipsis() && !name.equals("append")) {
            c.error(e, "invalid operation: invalid use of ... with built-in " + name);
            evalAll(args, s, 0);
            return Operand.invalid(e);
        }
        int[] counts = switch (name) {
            case "len", "cap", "new", "panic", "clear", "close", "real", "imag" -> new int[] {1, 1};
            case "append", "print", "println" -> new int[] {name.equals("append") ? 1 : 0, -1};
            case "copy", "delete", "complex" -> new int[] {2, 2};
            case "make" -> new int[] {1, 3};
            case "min", "max" -> new int[] {1, -1};
            case "recover" -> new int[] {0, 0};
            default -> new int[] {0, -1};
        };
        if (args.size() < counts[0] || counts[1] >= 0 && args.size() > counts[1]) {
            boolean few = args.size() < counts[0];
            evalAll(args, s, name.equals("make") || name.equals("new") ? 1 : 0);
            c.error(e, "invalid operation: " + (few ? "not enough" : "too many") + " arguments for " + ExprString.of(e)
                    + " (expected " + counts[0] + ", found " + args.size() + ")");
            return Operand.invalid(e);
        }
        return switch (name) {
            case "len", "cap" -> lenCap(e, name, s);
            case "append" -> append(e, s);
            case "copy" -> copy(e, s);
            case "delete" -> delete(e, s);
            case "make" -> make(e, s);
            case "new" -> {
                Type t = c.types.typ(args.get(0), s);
                yield t == Types.INVALID ? Operand.invalid(e) : new Operand(Operand.Mode.VALUE, e, Types.pointer(t));
            }
            case "panic" -> {
                Operand x = c.exprs.expr(args.get(0), s, null);
                c.assigns.assign(x, Types.ANY, "argument to panic");
                yield new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
            }
            case "print", "println" -> {
                for (Expr a : args) {
                    Operand x = c.exprs.expr(a, s, null);
                    c.assigns.assign(x, null, "argument to built-in " + name);
                }
                yield new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
            }
            case "recover" -> new Operand(Operand.Mode.VALUE, e, Types.ANY);
            case "min", "max" -> minMax(e, name, s);
            case "clear" -> {
                Operand x = c.exprs.expr(args.get(0), s, null);
                if (!x.invalid() && !(x.type.underlying() instanceof Map) && !(x.type.underlying() instanceof Slice)) {
                    c.error(x.expr, "invalid argument: " + x + " must be a map or slice");
                }
                yield new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
            }
            case "close" -> {
                Operand x = c.exprs.expr(args.get(0), s, null);
                if (!x.invalid()) {
                    if (!(x.type.underlying() instanceof Chan ch)) {
                        c.error(x.expr, "invalid operation: cannot close non-channel " + x);
                    } else if (ch.dir() == Chan.Dir.RECV) {
                        c.error(x.expr, "invalid operation: cannot close receive-only channel " + x);
                    }
                }
                yield new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
            }
            default -> {
                evalAll(args, s, 0);
                c.error(e, "complex numbers are not supported");
                yield Operand.invalid(e);
            }
        };
    }

    private void evalAll(List<Expr> args, Scope s, int from) {
        for (int i = from; i < args.size(); i++) {
            c.exprs.raw(args.get(i), s, null);
        }
    }

    private Operand lenCap(Expr.CallExpr e, String name, Scope s) {
        Operand x = c.exprs.expr(e.args().get(0), s, null);
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        Type u = x.type.underlying();
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array) {
            u = p.elem().underlying();
        }
        boolean ok = switch (u) {
            case Basic b -> b.isString() && name.equals("len");
            case Array a -> true;
            case Slice sl -> true;
            case Chan ch -> true;
            case Map m -> name.equals("len");
            default -> false;
        };
        if (!ok) {
            c.error(x.expr, "invalid argument: " + x + " for " + name);
            return Operand.invalid(e);
        }
        if (x.isConst() && x.val instanceof Constant.Str str) {
            if (x.untyped()) {
                c.assigns.convertUntyped(x, Types.STRING);
            }
            return Operand.constant(e, Types.INT, Constant.of(str.value().length()));
        }
        if (u instanceof Array a && !hasCallOrReceive(e.args().get(0))) {
            return Operand.constant(e, Types.INT, Constant.of(a.len()));
        }
        return new Operand(Operand.Mode.VALUE, e, Types.INT);
    }

    private static boolean hasCallOrReceive(Expr e) {
        return switch (e) {
            case Expr.CallExpr call -> true;
            case Expr.UnaryExpr u -> u.op() == gomini.ast.Token.ARROW || hasCallOrReceive(u.x());
            case Expr.ParenExpr p -> hasCallOrReceive(p.x());
            case Expr.SelectorExpr sel -> hasCallOrReceive(sel.x());
            case Expr.IndexExpr ix -> hasCallOrReceive(ix.x()) || hasCallOrReceive(ix.index());
            case Expr.StarExpr st -> hasCallOrReceive(st.x());
            case Expr.BinaryExpr b -> hasCallOrReceive(b.x()) || hasCallOrReceive(b.y());
            default -> false;
        };
    }

    private Operand append(Expr.CallExpr e, Scope s) {
        List<Expr> args = e.args();
        Operand x = c.exprs.expr(args.get(0), s, null);
        if (x.invalid()) {
            evalAll(args, s, 1);
            return Operand.invalid(e);
        }
        if (x.isNil()) {
            evalAll(args, s, 1);
            c.error(x.expr, "first argument to append must be a typed slice; have untyped nil");
            return Operand.invalid(e);
        }
        if (!(x.type.underlying() instanceof Slice sl)) {
            evalAll(args, s, 1);
            c.error(x.expr, "first argument to append must be a slice; have " + x);
            return Operand.invalid(e);
        }
        if (e.hasEllipsis() && args.size() == 2) {
            Operand y = c.exprs.expr(args.get(1), s, null);
            if (!y.invalid() && sl.elem().underlying() == Types.BYTE && y.type.underlying() instanceof Basic b && b.isString()) {
                if (y.untyped()) {
                    c.assigns.convertUntyped(y, Types.STRING);
                }
                return new Operand(Operand.Mode.VALUE, e, x.type);
            }
            c.assigns.assign(y, x.type.underlying() == x.type ? x.type : sl, "argument to append");
            return new Operand(Operand.Mode.VALUE, e, x.type);
        }
        List<Operand> rest = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            rest.add(c.exprs.expr(args.get(i), s, null));
        }
        for (Operand y : rest) {
            c.assigns.assign(y, sl.elem(), "argument to append");
        }
        return new Operand(Operand.Mode.VALUE, e, x.type);
    }

    private Operand copy(Expr.CallExpr e, Scope s) {
        Operand dst = c.exprs.expr(e.args().get(0), s, null);
        Operand src = c.exprs.expr(e.args().get(1), s, null);
        if (dst.invalid() || src.invalid()) {
            return Operand.invalid(e);
        }
        if (!(dst.type.underlying() instanceof Slice ds)) {
            c.error(dst.expr, "invalid argument: copy expects slice arguments; found " + dst + " and " + src);
            return Operand.invalid(e);
        }
        boolean ok = src.type.underlying() instanceof Slice ss && ss.elem() == ds.elem()
                || ds.elem().underlying() == Types.BYTE && src.type.underlying() instanceof Basic b && b.isString();
        if (!ok) {
            if (!(src.type.underlying() instanceof Slice)) {
                c.error(dst.expr, "invalid argument: copy expects slice arguments; found " + dst + " and " + src);
            } else {
                c.error(dst.expr, "invalid argument: arguments to copy " + dst + " and " + src
                        + " have different element types " + TypeString.of(ds.elem()) + " and "
                        + TypeString.of(((Slice) src.type.underlying()).elem()));
            }
            return Operand.invalid(e);
        }
        if (src.untyped()) {
            c.assigns.convertUntyped(src, Types.STRING);
        }
        return new Operand(Operand.Mode.VALUE, e, Types.INT);
    }

    private Operand delete(Expr.CallExpr e, Scope s) {
        Operand m = c.exprs.expr(e.args().get(0), s, null);
        Operand k = c.exprs.expr(e.args().get(1), s, null);
        if (m.invalid() || k.invalid()) {
            return new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
        }
        if (!(m.type.underlying() instanceof Map mt)) {
            c.error(m.expr, "invalid argument: " + m + " is not a map");
            return Operand.invalid(e);
        }
        c.assigns.assign(k, mt.key(), "argument to delete");
        return new Operand(Operand.Mode.NOVALUE, e, Types.EMPTY_TUPLE);
    }

    private Operand make(Expr.CallExpr e, Scope s) {
        List<Expr> args = e.args();
        Type t = c.types.typ(args.get(0), s);
        if (t == Types.INVALID) {
            evalAll(args, s, 1);
            return Operand.invalid(e);
        }
        int min = switch (t.underlying()) {
            case Slice sl -> 2;
            case Map m -> 1;
            case Chan ch -> 1;
            default -> -1;
        };
        if (min < 0) {
            evalAll(args, s, 1);
            c.error(args.get(0), "invalid argument: cannot make " + ExprString.of(args.get(0)) + "; type must be slice, map, or channel");
            return Operand.invalid(e);
        }
        if (args.size() < min || args.size() > min + 1 && !(t.underlying() instanceof Slice) || args.size() > 3) {
            evalAll(args, s, 1);
            c.error(e, "invalid operation: " + ExprString.of(e) + " expects " + min + " or " + (min + 1)
                    + " arguments; found " + args.size());
            return Operand.invalid(e);
        }
        long[] sizes = new long[args.size()];
        for (int i = 1; i < args.size(); i++) {
            sizes[i] = size(args.get(i), s);
        }
        if (args.size() == 3 && sizes[1] >= 0 && sizes[2] >= 0 && sizes[1] > sizes[2]) {
            c.error(args.get(1), "invalid argument: length and capacity swapped");
        }
        return new Operand(Operand.Mode.VALUE, e, t);
    }

    private long size(Expr a, Scope s) {
        Operand x = c.exprs.expr(a, s, null);
        if (x.invalid()) {
            return -1;
        }
        if (x.untyped() && x.isConst()) {
            Constant v = ConstEval.normalizeInt(x.val);
            if (!(v instanceof Constant.Int)) {
                c.error(a, x + " truncated to int");
                return -1;
            }
            x.val = v;
            c.assigns.convertUntyped(x, Types.INT);
        } else if (x.untyped()) {
            c.assigns.convertUntyped(x, Types.INT);
        }
        if (!(x.type.underlying() instanceof Basic b) || !b.isInteger()) {
            c.error(a, "cannot convert " + x + " to type int");
            return -1;
        }
        if (x.isConst()) {
            BigInteger v = ((Constant.Int) x.val).value();
            if (v.signum() < 0) {
                c.error(a, "invalid argument: index " + x + " must not be negative");
                return -1;
            }
            return v.longValue();
        }
        return -1;
    }

    private Operand minMax(Expr.CallExpr e, String name, Scope s) {
        List<Operand> xs = new ArrayList<>();
        for (Expr a : e.args()) {
            Operand x = c.exprs.expr(a, s, null);
            if (x.invalid()) {
                return Operand.invalid(e);
            }
            xs.add(x);
        }
        Operand acc = xs.get(0);
        if (!Operators.ordered(acc.type)) {
            c.error(acc.expr, "invalid argument: " + acc + " cannot be ordered");
            return Operand.invalid(e);
        }
        for (int i = 1; i < xs.size(); i++) {
            Operand y = xs.get(i);
            boolean mix = acc.untyped() && y.untyped() ? ((Basic) acc.type).isNumeric() == ((Basic) y.type).isNumeric()
                    && ((Basic) acc.type).isString() == ((Basic) y.type).isString()
                    : acc.untyped() || y.untyped() || acc.type == y.type;
            if (!mix) {
                c.error(y.expr, "invalid argument: mismatched types " + TypeString.of(acc.type) + " (previous argument) and "
                        + TypeString.of(y.type) + " (type of " + ExprString.of(y.expr) + ")");
                return Operand.invalid(e);
            }
            Operand r = c.exprs.ops.binaryOp(null, copyOf(acc), y, gomini.ast.Token.LSS, y.expr);
            if (r.invalid()) {
                return Operand.invalid(e);
            }
            // the binary check unified the types; keep the constant extreme
            if (acc.untyped() && !y.untyped()) {
                c.assigns.convertUntyped(acc, y.type);
            } else if (y.untyped() && !acc.untyped()) {
                c.assigns.convertUntyped(y, acc.type);
            }
            if (acc.isConst() && y.isConst()) {
                boolean less = ConstEval.compare(gomini.ast.Token.LSS, y.val, acc.val);
                boolean pickY = name.equals("min") ? less : ConstEval.compare(gomini.ast.Token.GTR, y.val, acc.val);
                Operand n = Operand.constant(acc.expr, acc.type, pickY ? y.val : acc.val);
                if (Assignability.rank(y.type instanceof Basic yb ? yb : Types.INT) > Assignability.rank(acc.type instanceof Basic ab ? ab : Types.INT)) {
                    n.type = y.type;
                }
                acc = n;
            } else {
                acc = new Operand(Operand.Mode.VALUE, acc.expr, acc.untyped() ? y.type : acc.type);
            }
        }
        if (acc.isConst()) {
            return Operand.constant(e, acc.type, acc.val);
        }
        for (Operand x : xs) {
            if (x.untyped()) {
                c.assigns.convertUntyped(x, acc.type);
            }
        }
        return new Operand(Operand.Mode.VALUE, e, acc.type);
    }

    private static Operand copyOf(Operand x) {
        Operand y = new Operand(x.mode, x.expr, x.type);
        y.val = x.val;
        return y;
    }
}
