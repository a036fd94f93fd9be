package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Field;
import java.util.List;

/** An expression written back as Go source, the way go/types quotes operands in error messages. */
final class ExprString {
    private ExprString() {}

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {}
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit l -> sb.append(l.value());
            case Expr.CompositeLit c -> {
                write(sb, c.type());
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.KeyValueExpr kv -> {
                write(sb, kv.key());
                sb.append(": ");
                write(sb, kv.value());
            }
            case Expr.FuncLit f -> {
                write(sb, f.type());
                sb.append(f.body().list().isEmpty() ? " {}" : " {…}");
            }
            case Expr.ParenExpr p -> {
                sb.append("(");
                write(sb, p.x());
                sb.append(")");
            }
            case Expr.SelectorExpr s -> {
                write(sb, s.x());
                sb.append(".").append(s.sel().name());
            }
            case Expr.IndexExpr ix -> {
                write(sb, ix.x());
                sb.append("[");
                write(sb, ix.index());
                sb.append("]");
            }
            case Expr.SliceExpr s -> {
                write(sb, s.x());
                sb.append("[");
                write(sb, s.low());
                sb.append(":");
                write(sb, s.high());
                if (s.slice3()) {
                    sb.append(":");
                    write(sb, s.max());
                }
                sb.append("]");
            }
            case Expr.TypeAssertExpr t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    write(sb, t.type());
                }
                sb.append(")");
            }
            case Expr.CallExpr c -> {
                write(sb, c.fun());
                sb.append("(");
                list(sb, c.args());
                if (c.hasEllipsis()) {
                    sb.append("...");
                }
                sb.append(")");
            }
            case Expr.StarExpr s -> {
                sb.append("*");
                write(sb, s.x());
            }
            case Expr.UnaryExpr u -> {
                sb.append(u.op().text);
                write(sb, u.x());
            }
            case Expr.BinaryExpr b -> {
                write(sb, b.x());
                sb.append(" ").append(b.op().text).append(" ");
                write(sb, b.y());
            }
            case Expr.ArrayType a -> {
                sb.append("[");
                if (a.len() instanceof Expr.Ellipsis) {
                    sb.append("...");
                } else {
                    write(sb, a.len());
                }
                sb.append("]");
                write(sb, a.elt());
            }
            case Expr.StructType s -> {
                sb.append("struct{");
                fields(sb, s.fields(), "; ");
                sb.append("}");
            }
            case Expr.FuncType f -> {
                sb.append("func");
                signature(sb, f);
            }
            case Expr.InterfaceType it -> {
                sb.append("interface{");
                for (int i = 0; i < it.methods().size(); i++) {
                    Field m = it.methods().get(i);
                    if (i > 0) {
                        sb.append("; ");
                    }
                    if (m.names().isEmpty()) {
                        write(sb, m.type());
                    } else {
                        sb.append(m.names().get(0).name());
                        signature(sb, (Expr.FuncType) m.type());
                    }
                }
                sb.append("}");
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append("]");
                write(sb, m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.value());
            }
            case Expr.Ellipsis el -> {
                sb.append("...");
                write(sb, el.elt());
            }
        }
    }

    private static void signature(StringBuilder sb, Expr.FuncType f) {
        sb.append("(");
        fields(sb, f.params(), ", ");
        sb.append(")");
        List<Field> res = f.results();
        if (res == null || res.isEmpty()) {
            return;
        }
        sb.append(" ");
        if (res.size() == 1 && res.get(0).names().isEmpty()) {
            write(sb, res.get(0).type());
        } else {
            sb.append("(");
            fields(sb, res, ", ");
            sb.append(")");
        }
    }

    private static void fields(StringBuilder sb, List<Field> fields, String sep) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            Field f = fields.get(i);
            for (int j = 0; j < f.names().size(); j++) {
                sb.append(j > 0 ? ", " : "").append(f.names().get(j).name());
            }
            if (!f.names().isEmpty()) {
                sb.append(" ");
            }
            write(sb, f.type());
        }
    }

    private static void list(StringBuilder sb, List<Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, xs.get(i));
        }
    }

    /** Where go/types reports an error about e: its leftmost token. */
    static gomini.ast.Pos start(Expr e) {
        return switch (e) {
            case Expr.CallExpr c -> start(c.fun());
            case Expr.IndexExpr ix -> start(ix.x());
            case Expr.SliceExpr s -> start(s.x());
            case Expr.SelectorExpr s -> start(s.x());
            case Expr.TypeAssertExpr t -> start(t.x());
            case Expr.BinaryExpr b -> start(b.x());
            case Expr.KeyValueExpr kv -> start(kv.key());
            case Expr.CompositeLit c -> c.type() != null ? start(c.type()) : c.pos();
            default -> e.pos();
        };
    }
}
