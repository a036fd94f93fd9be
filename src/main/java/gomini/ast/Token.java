package gomini.ast;

/** Operators and keywords that the AST records by kind, spelled as in Go. */
public enum Token {
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="),
    BREAK("break"), CONTINUE("continue"), GOTO("goto"), FALLTHROUGH("fallthrough"),
    IMPORT("import"), CONST("const"), TYPE("type"), VAR("var");

    public final String text;

    Token(String text) {
        this.text = text;
    }

    /** For an op-assignment token (+=), the binary operator it applies (+); otherwise null. */
    public Token binaryOfAssign() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
