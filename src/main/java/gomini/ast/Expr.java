package gomini.ast;

import java.util.List;

/**
 * Expressions, and type expressions (as in go/ast, a type is written with expression syntax: the
 * checker decides whether an expression denotes a value or a type).
 */
public sealed interface Expr extends Node {

    record Ident(Pos pos, String name) implements Expr {}

    enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /** A literal as written in the source (value is the raw text, quotes and all). */
    record BasicLit(Pos pos, LitKind kind, String value) implements Expr {}

    /** {@code T{elts}}; type is null where it is elided inside an outer composite literal. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elts, Pos rbrace) implements Expr {}

    record KeyValueExpr(Pos pos, Expr key, Expr value) implements Expr {}

    record FuncLit(Pos pos, FuncType type, Stmt.BlockStmt body) implements Expr {}

    record ParenExpr(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}: a package member, a field, a method value or a method expression. */
    record SelectorExpr(Pos pos, Expr x, Ident sel) implements Expr {}

    record IndexExpr(Pos pos, Expr x, Expr index) implements Expr {}

    /** {@code x[low:high:max]}; absent indexes are null; slice3 for the three-index form. */
    record SliceExpr(Pos pos, Expr x, Expr low, Expr high, Expr max, boolean slice3) implements Expr {}

    /** {@code x.(type)}; type is null for the {@code x.(type)} of a type switch. */
    record TypeAssertExpr(Pos pos, Expr x, Expr type) implements Expr {}

    /** {@code fun(args)}; hasEllipsis for {@code f(xs...)}. pos is the opening parenthesis's. */
    record CallExpr(Pos pos, Expr fun, List<Expr> args, boolean hasEllipsis, Pos lparen) implements Expr {}

    /** {@code *x}: a dereference, or a pointer type. */
    record StarExpr(Pos pos, Expr x) implements Expr {}

    /** Unary {@code + - ! ^ & <-}. */
    record UnaryExpr(Pos pos, Token op, Expr x) implements Expr {}

    /** pos is the start of x; opPos is the operator's, where Go reports mismatched types. */
    record BinaryExpr(Pos pos, Token op, Expr x, Expr y, Pos opPos) implements Expr {}

    // ---- type expressions ----

    /** {@code [len]elt}; len is null for a slice type, an Ellipsis for {@code [...]T}. */
    record ArrayType(Pos pos, Expr len, Expr elt) implements Expr {}

    record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** params and results are lists of fields; an unnamed result list has fields with no names. */
    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {}

    /** methods: a Field with one name and a FuncType is a method; one with no name embeds an interface. */
    record InterfaceType(Pos pos, List<Field> methods) implements Expr {}

    record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    enum ChanDir { BOTH, SEND, RECV }

    record ChanType(Pos pos, ChanDir dir, Expr value) implements Expr {}

    /** {@code ...T} in a variadic parameter list, or {@code ...} (elt null) in {@code [...]T}. */
    record Ellipsis(Pos pos, Expr elt) implements Expr {}
}
