package gomini.syntax;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.Field;
import gomini.ast.File;
import gomini.ast.Node;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.ast.Stmt;
import gomini.ast.Token;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed file's AST as bytes and back, for the {@link ParseCache}: decoding one is a walk that builds
 * the records directly, where parsing again runs the lexer and the parser's prediction cold.
 *
 * <p>Every node is its tag (its record's number among the constants below, 0 for null) followed by its
 * components in declaration order; strings go through a table, so a position's file name is written
 * once. The encoder's switch is exhaustive over the sealed AST, so a new node record does not compile
 * until it is written here; the decoder's cases follow the same numbering, and {@code AstCodecTest}
 * decodes what it encodes for every Go file in the repository.
 */
final class AstCodec {
    private AstCodec() {}

    /** Bump when the encoding changes, so that entries written by another gomini are not read. */
    static final int VERSION = 1;

    // The tags, in one place: the encoder writes them, the decoder switches on them.
    private static final int NULL = 0, FILE = 1, FIELD = 2, GEN_DECL = 3, FUNC_DECL = 4, IMPORT_SPEC = 5,
            VALUE_SPEC = 6, TYPE_SPEC = 7, IDENT = 8, BASIC_LIT = 9, COMPOSITE_LIT = 10, KEY_VALUE = 11,
            FUNC_LIT = 12, PAREN = 13, SELECTOR = 14, INDEX = 15, SLICE = 16, TYPE_ASSERT = 17, CALL = 18,
            STAR = 19, UNARY = 20, BINARY = 21, ARRAY_TYPE = 22, STRUCT_TYPE = 23, FUNC_TYPE = 24,
            INTERFACE_TYPE = 25, MAP_TYPE = 26, CHAN_TYPE = 27, ELLIPSIS = 28, DECL_STMT = 29, EMPTY = 30,
            LABELED = 31, EXPR_STMT = 32, SEND = 33, INC_DEC = 34, ASSIGN = 35, GO = 36, DEFER = 37,
            RETURN = 38, BRANCH = 39, BLOCK = 40, IF = 41, CASE = 42, SWITCH = 43, TYPE_SWITCH = 44,
            COMM = 45, SELECT = 46, FOR = 47, RANGE = 48;

    private static final Token[] TOKENS = Token.values();
    private static final Expr.LitKind[] LIT_KINDS = Expr.LitKind.values();
    private static final Expr.ChanDir[] CHAN_DIRS = Expr.ChanDir.values();

    /** Writes f to out. */
    static void encode(File f, DataOutputStream out) throws IOException {
        new Encoder(out).node(f);
    }

    /** Reads a file written by {@link #encode}; IOException if the bytes are not one. */
    static File decode(DataInputStream in) throws IOException {
        try {
            return (File) new Decoder(in).node();
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            throw new IOException("not an encoded AST: " + e);
        }
    }

    private static final class Encoder {
        final DataOutputStream out;
        final Map<String, Integer> strings = new HashMap<>();

        Encoder(DataOutputStream out) {
            this.out = out;
        }

        void node(Node n) throws IOException {
            switch (n) {
                case null -> out.writeByte(NULL);
                case File f -> {
                    tag(FILE, f.pos());
                    str(f.path());
                    node(f.packageName());
                    list(f.imports());
                    list(f.decls());
                }
                case Field f -> {
                    tag(FIELD, f.pos());
                    list(f.names());
                    node(f.type());
                    str(f.tag());
                }
                case Decl.GenDecl d -> {
                    tag(GEN_DECL, d.pos());
                    token(d.tok());
                    list(d.specs());
                }
                case Decl.FuncDecl d -> {
                    tag(FUNC_DECL, d.pos());
                    node(d.recv());
                    node(d.name());
                    node(d.type());
                    node(d.body());
                }
                case Spec.ImportSpec s -> {
                    tag(IMPORT_SPEC, s.pos());
                    node(s.name());
                    str(s.path());
                    pos(s.pathPos());
                }
                case Spec.ValueSpec s -> {
                    tag(VALUE_SPEC, s.pos());
                    list(s.names());
                    node(s.type());
                    list(s.values());
                    out.writeInt(s.iota());
                }
                case Spec.TypeSpec s -> {
                    tag(TYPE_SPEC, s.pos());
                    node(s.name());
                    out.writeBoolean(s.alias());
                    node(s.type());
                }
                case Expr e -> expr(e);
                case Stmt s -> stmt(s);
            }
        }

        void expr(Expr e) throws IOException {
            switch (e) {
                case Expr.Ident x -> {
                    tag(IDENT, x.pos());
                    str(x.name());
                }
                case Expr.BasicLit x -> {
                    tag(BASIC_LIT, x.pos());
                    out.writeByte(x.kind().ordinal());
                    str(x.value());
                }
                case Expr.CompositeLit x -> {
                    tag(COMPOSITE_LIT, x.pos());
                    node(x.type());
                    list(x.elts());
                    pos(x.rbrace());
                }
                case Expr.KeyValueExpr x -> {
                    tag(KEY_VALUE, x.pos());
                    node(x.key());
                    node(x.value());
                }
                case Expr.FuncLit x -> {
                    tag(FUNC_LIT, x.pos());
                    node(x.type());
                    node(x.body());
                }
                case Expr.ParenExpr x -> {
                    tag(PAREN, x.pos());
                    node(x.x());
                }
                case Expr.SelectorExpr x -> {
                    tag(SELECTOR, x.pos());
                    node(x.x());
                    node(x.sel());
                }
                case Expr.IndexExpr x -> {
                    tag(INDEX, x.pos());
                    node(x.x());
                    node(x.index());
                }
                case Expr.SliceExpr x -> {
                    tag(SLICE, x.pos());
                    node(x.x());
                    node(x.low());
                    node(x.high());
                    node(x.max());
                    out.writeBoolean(x.slice3());
                }
                case Expr.TypeAssertExpr x -> {
                    tag(TYPE_ASSERT, x.pos());
                    node(x.x());
                    node(x.type());
                }
                case Expr.CallExpr x -> {
                    tag(CALL, x.pos());
                    node(x.fun());
                    list(x.args());
                    out.writeBoolean(x.hasEllipsis());
                    pos(x.lparen());
                }
                case Expr.StarExpr x -> {
                    tag(STAR, x.pos());
                    node(x.x());
                }
                case Expr.UnaryExpr x -> {
                    tag(UNARY, x.pos());
                    token(x.op());
                    node(x.x());
                }
                case Expr.BinaryExpr x -> {
                    tag(BINARY, x.pos());
                    token(x.op());
                    node(x.x());
                    node(x.y());
                    pos(x.opPos());
                }
                case Expr.ArrayType x -> {
                    tag(ARRAY_TYPE, x.pos());
                    node(x.len());
                    node(x.elt());
                }
                case Expr.StructType x -> {
                    tag(STRUCT_TYPE, x.pos());
                    list(x.fields());
                }
                case Expr.FuncType x -> {
                    tag(FUNC_TYPE, x.pos());
                    list(x.params());
                    list(x.results());
                }
                case Expr.InterfaceType x -> {
                    tag(INTERFACE_TYPE, x.pos());
                    list(x.methods());
                }
                case Expr.MapType x -> {
                    tag(MAP_TYPE, x.pos());
                    node(x.key());
                    node(x.value());
                }
                case Expr.ChanType x -> {
                    tag(CHAN_TYPE, x.pos());
                    out.writeByte(x.dir().ordinal());
                    node(x.value());
                }
                case Expr.Ellipsis x -> {
                    tag(ELLIPSIS, x.pos());
                    node(x.elt());
                }
            }
        }

        void stmt(Stmt s) throws IOException {
            switch (s) {
                case Stmt.DeclStmt x -> {
                    tag(DECL_STMT, x.pos());
                    node(x.decl());
                }
                case Stmt.EmptyStmt x -> tag(EMPTY, x.pos());
                case Stmt.LabeledStmt x -> {
                    tag(LABELED, x.pos());
                    node(x.label());
                    node(x.stmt());
                }
                case Stmt.ExprStmt x -> {
                    tag(EXPR_STMT, x.pos());
                    node(x.x());
                }
                case Stmt.SendStmt x -> {
                    tag(SEND, x.pos());
                    node(x.chan());
                    node(x.value());
                }
                case Stmt.IncDecStmt x -> {
                    tag(INC_DEC, x.pos());
                    node(x.x());
                    token(x.tok());
                }
                case Stmt.AssignStmt x -> {
                    tag(ASSIGN, x.pos());
                    list(x.lhs());
                    token(x.tok());
                    list(x.rhs());
                }
                case Stmt.GoStmt x -> {
                    tag(GO, x.pos());
                    node(x.call());
                }
                case Stmt.DeferStmt x -> {
                    tag(DEFER, x.pos());
                    node(x.call());
                }
                case Stmt.ReturnStmt x -> {
                    tag(RETURN, x.pos());
                    list(x.results());
                }
                case Stmt.BranchStmt x -> {
                    tag(BRANCH, x.pos());
                    token(x.tok());
                    node(x.label());
                }
                case Stmt.BlockStmt x -> {
                    tag(BLOCK, x.pos());
                    list(x.list());
                    pos(x.rbrace());
                }
                case Stmt.IfStmt x -> {
                    tag(IF, x.pos());
                    node(x.init());
                    node(x.cond());
                    node(x.body());
                    node(x.els());
                }
                case Stmt.CaseClause x -> {
                    tag(CASE, x.pos());
                    list(x.list());
                    list(x.body());
                }
                case Stmt.SwitchStmt x -> {
                    tag(SWITCH, x.pos());
                    node(x.init());
                    node(x.tag());
                    list(x.clauses());
                    pos(x.rbrace());
                }
                case Stmt.TypeSwitchStmt x -> {
                    tag(TYPE_SWITCH, x.pos());
                    node(x.init());
                    node(x.assign());
                    list(x.clauses());
                    pos(x.rbrace());
                }
                case Stmt.CommClause x -> {
                    tag(COMM, x.pos());
                    node(x.comm());
                    list(x.body());
                }
                case Stmt.SelectStmt x -> {
                    tag(SELECT, x.pos());
                    list(x.clauses());
                }
                case Stmt.ForStmt x -> {
                    tag(FOR, x.pos());
                    node(x.init());
                    node(x.cond());
                    node(x.post());
                    node(x.body());
                }
                case Stmt.RangeStmt x -> {
                    tag(RANGE, x.pos());
                    node(x.key());
                    node(x.value());
                    token(x.tok());
                    node(x.x());
                    node(x.body());
                }
            }
        }

        void tag(int tag, Pos pos) throws IOException {
            out.writeByte(tag);
            pos(pos);
        }

        void pos(Pos p) throws IOException {
            if (p == null) {
                out.writeBoolean(false);
                return;
            }
            out.writeBoolean(true);
            str(p.file());
            out.writeInt(p.line());
            out.writeInt(p.col());
        }

        /** A string: -1 for null, its table index if written before, else the next index and the text. */
        void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer seen = strings.get(s);
            if (seen != null) {
                out.writeInt(seen);
                return;
            }
            int index = strings.size();
            strings.put(s, index);
            out.writeInt(index);
            // writeUTF's modified UTF-8 keeps gomini's byte strings (chars 0-255) and lone surrogates intact
            out.writeUTF(s);
        }

        void token(Token t) throws IOException {
            out.writeByte(t == null ? -1 : t.ordinal());
        }

        void list(List<? extends Node> l) throws IOException {
            if (l == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(l.size());
            for (Node n : l) {
                node(n);
            }
        }
    }

    private static final class Decoder {
        final DataInputStream in;
        final List<String> strings = new ArrayList<>();

        Decoder(DataInputStream in) {
            this.in = in;
        }

        Node node() throws IOException {
            int tag = in.readByte();
            if (tag == NULL) {
                return null;
            }
            Pos p = pos();
            return switch (tag) {
                case FILE -> new File(p, str(), (Expr.Ident) node(), list(), list());
                case FIELD -> new Field(p, list(), (Expr) node(), str());
                case GEN_DECL -> new Decl.GenDecl(p, token(), list());
                case FUNC_DECL -> new Decl.FuncDecl(p, (Field) node(), (Expr.Ident) node(), (Expr.FuncType) node(),
                        (Stmt.BlockStmt) node());
                case IMPORT_SPEC -> new Spec.ImportSpec(p, (Expr.Ident) node(), str(), pos());
                case VALUE_SPEC -> new Spec.ValueSpec(p, list(), (Expr) node(), list(), in.readInt());
                case TYPE_SPEC -> new Spec.TypeSpec(p, (Expr.Ident) node(), in.readBoolean(), (Expr) node());
                case IDENT -> new Expr.Ident(p, str());
                case BASIC_LIT -> new Expr.BasicLit(p, LIT_KINDS[in.readByte()], str());
                case COMPOSITE_LIT -> new Expr.CompositeLit(p, (Expr) node(), list(), pos());
                case KEY_VALUE -> new Expr.KeyValueExpr(p, (Expr) node(), (Expr) node());
                case FUNC_LIT -> new Expr.FuncLit(p, (Expr.FuncType) node(), (Stmt.BlockStmt) node());
                case PAREN -> new Expr.ParenExpr(p, (Expr) node());
                case SELECTOR -> new Expr.SelectorExpr(p, (Expr) node(), (Expr.Ident) node());
                case INDEX -> new Expr.IndexExpr(p, (Expr) node(), (Expr) node());
                case SLICE -> new Expr.SliceExpr(p, (Expr) node(), (Expr) node(), (Expr) node(), (Expr) node(),
                        in.readBoolean());
                case TYPE_ASSERT -> new Expr.TypeAssertExpr(p, (Expr) node(), (Expr) node());
                case CALL -> new Expr.CallExpr(p, (Expr) node(), list(), in.readBoolean(), pos());
                case STAR -> new Expr.StarExpr(p, (Expr) node());
                case UNARY -> new Expr.UnaryExpr(p, token(), (Expr) node());
                case BINARY -> new Expr.BinaryExpr(p, token(), (Expr) node(), (Expr) node(), pos());
                case ARRAY_TYPE -> new Expr.ArrayType(p, (Expr) node(), (Expr) node());
                case STRUCT_TYPE -> new Expr.StructType(p, list());
                case FUNC_TYPE -> new Expr.FuncType(p, list(), list());
                case INTERFACE_TYPE -> new Expr.InterfaceType(p, list());
                case MAP_TYPE -> new Expr.MapType(p, (Expr) node(), (Expr) node());
                case CHAN_TYPE -> new Expr.ChanType(p, CHAN_DIRS[in.readByte()], (Expr) node());
                case ELLIPSIS -> new Expr.Ellipsis(p, (Expr) node());
                case DECL_STMT -> new Stmt.DeclStmt(p, (Decl.GenDecl) node());
                case EMPTY -> new Stmt.EmptyStmt(p);
                case LABELED -> new Stmt.LabeledStmt(p, (Expr.Ident) node(), (Stmt) node());
                case EXPR_STMT -> new Stmt.ExprStmt(p, (Expr) node());
                case SEND -> new Stmt.SendStmt(p, (Expr) node(), (Expr) node());
                case INC_DEC -> new Stmt.IncDecStmt(p, (Expr) node(), token());
                case ASSIGN -> new Stmt.AssignStmt(p, list(), token(), list());
                case GO -> new Stmt.GoStmt(p, (Expr.CallExpr) node());
                case DEFER -> new Stmt.DeferStmt(p, (Expr.CallExpr) node());
                case RETURN -> new Stmt.ReturnStmt(p, list());
                case BRANCH -> new Stmt.BranchStmt(p, token(), (Expr.Ident) node());
                case BLOCK -> new Stmt.BlockStmt(p, list(), pos());
                case IF -> new Stmt.IfStmt(p, (Stmt) node(), (Expr) node(), (Stmt.BlockStmt) node(), (Stmt) node());
                case CASE -> new Stmt.CaseClause(p, list(), list());
                case SWITCH -> new Stmt.SwitchStmt(p, (Stmt) node(), (Expr) node(), list(), pos());
                case TYPE_SWITCH -> new Stmt.TypeSwitchStmt(p, (Stmt) node(), (Stmt) node(), list(), pos());
                case COMM -> new Stmt.CommClause(p, (Stmt) node(), list());
                case SELECT -> new Stmt.SelectStmt(p, list());
                case FOR -> new Stmt.ForStmt(p, (Stmt) node(), (Expr) node(), (Stmt) node(), (Stmt.BlockStmt) node());
                case RANGE -> new Stmt.RangeStmt(p, (Expr) node(), (Expr) node(), token(), (Expr) node(),
                        (Stmt.BlockStmt) node());
                default -> throw new IOException("unknown node tag " + tag);
            };
        }

        Pos pos() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new Pos(str(), in.readInt(), in.readInt());
        }

        String str() throws IOException {
            int index = in.readInt();
            if (index < 0) {
                return null;
            }
            if (index < strings.size()) {
                return strings.get(index);
            }
            if (index != strings.size()) {
                throw new IOException("string table out of order");
            }
            String s = in.readUTF();
            strings.add(s);
            return s;
        }

        Token token() throws IOException {
            int t = in.readByte();
            return t < 0 ? null : TOKENS[t];
        }

        /** A list of nodes as the parser makes them (mutable; unchecked: the encoder wrote the right kind). */
        @SuppressWarnings("unchecked")
        <T extends Node> List<T> list() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            List<T> l = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) {
                l.add((T) node());
            }
            return l;
        }
    }
}
