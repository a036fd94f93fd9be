package gomini.check;

import gomini.ast.Expr;
import gomini.types.Basic;
import gomini.types.Type;
import gomini.types.Types;

/** The result of checking an expression: what it is (mode), its type and, when constant, its value. */
final class Operand {
    enum Mode {
        INVALID("invalid operand"), NOVALUE("no value"), BUILTIN("built-in"), TYPEXPR("type"),
        CONSTANT("constant"), VARIABLE("variable"), MAPINDEX("map index expression"), VALUE("value"),
        COMMAOK("comma, ok expression"), PACKAGE("package");

        final String text;

        Mode(String text) {
            this.text = text;
        }
    }

    Mode mode;
    Expr expr;
    Type type;
    Constant val;
    /** How to write the type in messages when TypeString would say it differently (byte, func(x int)). */
    String typeName;
    /** For BUILTIN: the builtin's name. */
    String builtin;

    Operand(Mode mode, Expr expr, Type type) {
        this.mode = mode;
        this.expr = expr;
        this.type = type;
    }

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, e, Types.INVALID);
    }

    static Operand constant(Expr e, Type t, Constant v) {
        Operand o = new Operand(Mode.CONSTANT, e, t);
        o.val = v;
        return o;
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    boolean untyped() {
        return type instanceof Basic b && b.isUntyped();
    }

    boolean isNil() {
        return type == Types.UNTYPED_NIL;
    }

    /** go/types' operand description: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    @Override
    public String toString() {
        String e = expr == null ? null : ExprString.of(expr);
        if (isNil()) {
            return e == null ? "nil" : e.equals("nil") ? "nil" : e + " (untyped nil)";
        }
        StringBuilder sb = new StringBuilder();
        if (e != null) {
            sb.append(e).append(" (");
        }
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR, PACKAGE -> {}
            default -> {
                if (type != null) {
                    if (untyped()) {
                        sb.append(((Basic) type).name()).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
        }
        sb.append(mode.text);
        if (mode == Mode.CONSTANT) {
            String s = ConstString.of(val);
            if (!s.equals(e)) {
                sb.append(' ').append(s);
            }
        }
        if (hasType) {
            sb.append(type == Types.INVALID ? " with invalid type" : " of type " + (typeName != null ? typeName : TypeString.of(type)));
        }
        if (e != null) {
            sb.append(')');
        }
        return sb.toString();
    }
}
