package gomini.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.diag.CompileError;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstBuilderTest {

    private static File parse(String src) throws CompileError {
        return SourceParser.parse("p.go", src);
    }

    /** The statements of func main in a file whose main has the given body. */
    private static List<Stmt> body(String stmts) throws CompileError {
        File f = parse("package main\n\nfunc main() {\n" + stmts + "\n}\n");
        return ((Decl.FuncDecl) f.decls().get(0)).body().list();
    }

    private static Pos pos(int line, int col) {
        return new Pos("p.go", line, col);
    }

    @Test
    void fileAndImports() throws CompileError {
        File f = parse("package main\n\nimport (\n\t\"fmt\"\n\ts \"strings\"\n\t. \"math\"\n\t_ \"os\"\n)\n"
                + "import \"sync\"\n");
        assertEquals("main", f.packageName().name());
        assertEquals(pos(1, 1), f.pos());
        assertEquals(List.of("fmt", "strings", "math", "os", "sync"),
                f.imports().stream().map(Spec.ImportSpec::path).toList());
        assertNull(f.imports().get(0).name());
        assertEquals("s", f.imports().get(1).name().name());
        assertEquals(".", f.imports().get(2).name().name());
        assertEquals("_", f.imports().get(3).name().name());
        assertEquals(pos(5, 4), f.imports().get(1).pathPos());
        assertTrue(f.decls().isEmpty());
    }

    @Test
    void positionsCountBytesAfterNonAscii() throws CompileError {
        List<Stmt> s = body("\tx := \"héllo\" + y");
        Expr.BinaryExpr add = (Expr.BinaryExpr) ((Stmt.AssignStmt) s.get(0)).rhs().get(0);
        // "\tx := \"héllo\" " is 15 bytes: é takes two
        assertEquals(pos(4, 16), add.opPos());
        assertEquals(pos(4, 18), add.y().pos());
        assertEquals(pos(4, 7), add.pos());
        assertEquals(Token.ADD, add.op());
    }

    @Test
    void binaryPrecedence() throws CompileError {
        Expr e = ((Stmt.ExprStmt) body("\tf(a || b && c == d + e * g)").get(0)).x();
        Expr.BinaryExpr or = (Expr.BinaryExpr) ((Expr.CallExpr) e).args().get(0);
        assertEquals(Token.LOR, or.op());
        Expr.BinaryExpr and = (Expr.BinaryExpr) or.y();
        assertEquals(Token.LAND, and.op());
        Expr.BinaryExpr eq = (Expr.BinaryExpr) and.y();
        assertEquals(Token.EQL, eq.op());
        Expr.BinaryExpr plus = (Expr.BinaryExpr) eq.y();
        assertEquals(Token.ADD, plus.op());
        assertEquals(Token.MUL, ((Expr.BinaryExpr) plus.y()).op());
        Expr.CallExpr call = (Expr.CallExpr) ((Stmt.ExprStmt) body("\tf(a - b - c)").get(0)).x();
        Expr.BinaryExpr left = (Expr.BinaryExpr) call.args().get(0);
        assertInstanceOf(Expr.BinaryExpr.class, left.x());
        assertEquals("c", ((Expr.Ident) left.y()).name());
    }

    @Test
    void callPositionIsTheParenthesis() throws CompileError {
        Expr.CallExpr c = (Expr.CallExpr) ((Stmt.ExprStmt) body("\tfmt.Println(xs...)").get(0)).x();
        assertEquals(pos(4, 13), c.lparen());
        assertEquals(pos(4, 13), c.pos());
        assertTrue(c.hasEllipsis());
        Expr.SelectorExpr sel = (Expr.SelectorExpr) c.fun();
        assertEquals("Println", sel.sel().name());
        assertEquals(pos(4, 2), sel.pos());
    }

    @Test
    void compositeLiteralInIfHeaderMustBeParenthesized() throws CompileError {
        Stmt.IfStmt s = (Stmt.IfStmt) body("\tif p == (T{1, 2}) {\n\t}").get(0);
        Expr.BinaryExpr cond = (Expr.BinaryExpr) s.cond();
        Expr.CompositeLit lit = (Expr.CompositeLit) ((Expr.ParenExpr) cond.y()).x();
        assertEquals("T", ((Expr.Ident) lit.type()).name());
        assertEquals(2, lit.elts().size());
        // a literal type needs no parentheses, and neither does a literal inside a call
        Stmt.RangeStmt r = (Stmt.RangeStmt) body("\tfor _, v := range []T{{1}, {2}} {\n\t}").get(0);
        Expr.CompositeLit outer = (Expr.CompositeLit) r.x();
        assertNull(((Expr.CompositeLit) outer.elts().get(0)).type());
        Stmt.IfStmt call = (Stmt.IfStmt) body("\tif f(T{}) {\n\t}").get(0);
        assertInstanceOf(Expr.CallExpr.class, call.cond());
        // without parentheses, `x {` is the condition and the block
        Stmt.IfStmt plain = (Stmt.IfStmt) body("\tif x {\n\t\ty()\n\t}").get(0);
        assertEquals("x", ((Expr.Ident) plain.cond()).name());
        assertEquals(1, plain.body().list().size());
    }

    @Test
    void ifElseChain() throws CompileError {
        Stmt.IfStmt s = (Stmt.IfStmt) body("\tif x := f(); x > 0 {\n\t} else if y {\n\t} else {\n\t}").get(0);
        assertInstanceOf(Stmt.AssignStmt.class, s.init());
        Stmt.IfStmt elif = (Stmt.IfStmt) s.els();
        assertInstanceOf(Stmt.BlockStmt.class, elif.els());
    }

    @Test
    void selectAndCommClauses() throws CompileError {
        Stmt.SelectStmt s = (Stmt.SelectStmt) body(
                "\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\tcase v, ok = <-c:\n\tcase c <- 1:\n\tcase <-done:\n\tdefault:\n\t}")
                .get(0);
        assertEquals(5, s.clauses().size());
        Stmt.AssignStmt recv = (Stmt.AssignStmt) s.clauses().get(0).comm();
        assertEquals(Token.DEFINE, recv.tok());
        assertEquals(Token.ARROW, ((Expr.UnaryExpr) recv.rhs().get(0)).op());
        assertEquals(1, s.clauses().get(0).body().size());
        assertEquals(Token.ASSIGN, ((Stmt.AssignStmt) s.clauses().get(1).comm()).tok());
        assertInstanceOf(Stmt.SendStmt.class, s.clauses().get(2).comm());
        assertInstanceOf(Stmt.ExprStmt.class, s.clauses().get(3).comm());
        assertNull(s.clauses().get(4).comm());
        assertEquals(pos(5, 2), s.clauses().get(0).pos());
    }

    @Test
    void typeSwitch() throws CompileError {
        Stmt.TypeSwitchStmt s = (Stmt.TypeSwitchStmt) body(
                "\tswitch v := x.(type) {\n\tcase int, *T, []string, map[string]int, nil:\n\tcase error:\n\tdefault:\n\t}")
                .get(0);
        Stmt.AssignStmt a = (Stmt.AssignStmt) s.assign();
        Expr.TypeAssertExpr guard = (Expr.TypeAssertExpr) a.rhs().get(0);
        assertNull(guard.type());
        assertEquals(5, s.clauses().get(0).list().size());
        assertInstanceOf(Expr.StarExpr.class, s.clauses().get(0).list().get(1));
        assertInstanceOf(Expr.ArrayType.class, s.clauses().get(0).list().get(2));
        assertInstanceOf(Expr.MapType.class, s.clauses().get(0).list().get(3));
        assertNull(s.clauses().get(2).list());
        Stmt.TypeSwitchStmt bare = (Stmt.TypeSwitchStmt) body("\tswitch y := 1; x.(type) {\n\t}").get(0);
        assertInstanceOf(Stmt.ExprStmt.class, bare.assign());
        assertInstanceOf(Stmt.AssignStmt.class, bare.init());
        Stmt.SwitchStmt plain = (Stmt.SwitchStmt) body("\tswitch x := f(); x {\n\tcase 1, 2:\n\t\tfallthrough\n\t}").get(0);
        assertEquals("x", ((Expr.Ident) plain.tag()).name());
        assertEquals(Token.FALLTHROUGH, ((Stmt.BranchStmt) plain.clauses().get(0).body().get(0)).tok());
    }

    @Test
    void methodsAndParameters() throws CompileError {
        File f = parse("package p\nfunc (s *Stack) Push(a, b int, rest ...string) (n int, err error) { return }\n"
                + "func (Stack) Len() int\n");
        Decl.FuncDecl push = (Decl.FuncDecl) f.decls().get(0);
        assertEquals("s", push.recv().names().get(0).name());
        assertInstanceOf(Expr.StarExpr.class, push.recv().type());
        assertEquals(2, push.type().params().size());
        assertEquals(2, push.type().params().get(0).names().size());
        assertInstanceOf(Expr.Ellipsis.class, push.type().params().get(1).type());
        assertEquals(2, push.type().results().size());
        Decl.FuncDecl len = (Decl.FuncDecl) f.decls().get(1);
        assertTrue(len.recv().names().isEmpty());
        assertNull(len.body());
        assertEquals(1, len.type().results().size());
        Decl.FuncDecl unnamed = (Decl.FuncDecl) parse("package p\nfunc f(int, string) {}\n").decls().get(0);
        assertEquals(2, unnamed.type().params().size());
        assertTrue(unnamed.type().params().get(0).names().isEmpty());
    }

    @Test
    void groupedConstsCarryIota() throws CompileError {
        File f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\nconst E = 5\n");
        Decl.GenDecl g = (Decl.GenDecl) f.decls().get(0);
        assertEquals(Token.CONST, g.tok());
        List<Integer> iotas = g.specs().stream().map(s -> ((Spec.ValueSpec) s).iota()).toList();
        assertEquals(List.of(0, 1, 2), iotas);
        assertTrue(((Spec.ValueSpec) g.specs().get(1)).values().isEmpty());
        assertEquals(0, ((Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(1)).specs().get(0)).iota());
    }

    @Test
    void typesAndAliases() throws CompileError {
        File f = parse("package p\ntype (\n\tA = int\n\tS struct {\n\t\tX, Y int `json:\"x\"`\n\t\t*Base\n\t\tio.Reader\n\t}\n"
                + "\tI interface {\n\t\tM(int) bool\n\t\tfmt.Stringer\n\t}\n"
                + "\tC chan<- chan int\n\tR <-chan int\n\tP chan (<-chan int)\n\tF func(...int) error\n\tAr [3][]*int\n)\n");
        List<Spec> specs = ((Decl.GenDecl) f.decls().get(0)).specs();
        assertTrue(((Spec.TypeSpec) specs.get(0)).alias());
        Expr.StructType st = (Expr.StructType) ((Spec.TypeSpec) specs.get(1)).type();
        assertEquals("`json:\"x\"`", st.fields().get(0).tag());
        assertTrue(st.fields().get(1).names().isEmpty());
        assertInstanceOf(Expr.SelectorExpr.class, st.fields().get(2).type());
        Expr.InterfaceType it = (Expr.InterfaceType) ((Spec.TypeSpec) specs.get(2)).type();
        assertInstanceOf(Expr.FuncType.class, it.methods().get(0).type());
        assertTrue(it.methods().get(1).names().isEmpty());
        Expr.ChanType c = (Expr.ChanType) ((Spec.TypeSpec) specs.get(3)).type();
        assertEquals(Expr.ChanDir.SEND, c.dir());
        assertEquals(Expr.ChanDir.BOTH, ((Expr.ChanType) c.value()).dir());
        assertEquals(Expr.ChanDir.RECV, ((Expr.ChanType) ((Spec.TypeSpec) specs.get(4)).type()).dir());
        Expr.ChanType p = (Expr.ChanType) ((Spec.TypeSpec) specs.get(5)).type();
        assertEquals(Expr.ChanDir.BOTH, p.dir());
        assertInstanceOf(Expr.ParenExpr.class, p.value());
    }

    @Test
    void literalsKeepTheirText() throws CompileError {
        List<Stmt> s = body("\tx := []any{0x1F, 0o17, 0755, 1_000, 1.5e3, 0x1p-2, 2i, '\\n', \"a\\tb\", `raw\r\nline`}");
        Expr.CompositeLit lit = (Expr.CompositeLit) ((Stmt.AssignStmt) s.get(0)).rhs().get(0);
        List<String> texts = lit.elts().stream().map(e -> ((Expr.BasicLit) e).value()).toList();
        assertEquals(List.of("0x1F", "0o17", "0755", "1_000", "1.5e3", "0x1p-2", "2i", "'\\n'", "\"a\\tb\"",
                "`raw\nline`"), texts);
        assertEquals(Expr.LitKind.CHAR, ((Expr.BasicLit) lit.elts().get(7)).kind());
        assertEquals(Expr.LitKind.IMAG, ((Expr.BasicLit) lit.elts().get(6)).kind());
        assertEquals(Expr.LitKind.FLOAT, ((Expr.BasicLit) lit.elts().get(5)).kind());
    }

    @Test
    void statementForms() throws CompileError {
        List<Stmt> s = body("\tx++\n\ty -= 2\n\tc <- v\n\tgo f(1)\n\tdefer g()\n"
                + "outer:\n\tfor i := 0; i < 3; i++ {\n\t\tcontinue outer\n\t}\n"
                + "\tfor range ch {\n\t}\n\tfor i := range 10 {\n\t}\n\tfor cond {\n\t\tbreak\n\t}\n\tvar z, w int\n\treturn");
        assertEquals(Token.INC, ((Stmt.IncDecStmt) s.get(0)).tok());
        assertEquals(Token.SUB_ASSIGN, ((Stmt.AssignStmt) s.get(1)).tok());
        assertInstanceOf(Stmt.SendStmt.class, s.get(2));
        assertInstanceOf(Stmt.GoStmt.class, s.get(3));
        assertInstanceOf(Stmt.DeferStmt.class, s.get(4));
        Stmt.LabeledStmt l = (Stmt.LabeledStmt) s.get(5);
        Stmt.ForStmt loop = (Stmt.ForStmt) l.stmt();
        assertEquals("outer", ((Stmt.BranchStmt) loop.body().list().get(0)).label().name());
        Stmt.RangeStmt bare = (Stmt.RangeStmt) s.get(6);
        assertNull(bare.tok());
        assertNull(bare.key());
        assertEquals(Token.DEFINE, ((Stmt.RangeStmt) s.get(7)).tok());
        assertNull(((Stmt.ForStmt) s.get(8)).init());
        assertInstanceOf(Stmt.DeclStmt.class, s.get(9));
        assertInstanceOf(Stmt.ReturnStmt.class, s.get(10));
    }

    @Test
    void expressionForms() throws CompileError {
        List<Stmt> s = body("\t_ = a[1:2]\n\t_ = a[:2:3]\n\t_ = x.(T)\n\t_ = &T{A: 1}\n\t_ = <-c\n\t_ = ^x\n"
                + "\t_ = []byte(s)\n\t_ = func(x int) int { return x }(1)\n\t_ = [...]int{1, 2}\n\t_ = (*T).M\n\t_ = make(chan int, 1)");
        Expr.SliceExpr s2 = (Expr.SliceExpr) rhs(s, 0);
        assertEquals(false, s2.slice3());
        Expr.SliceExpr s3 = (Expr.SliceExpr) rhs(s, 1);
        assertTrue(s3.slice3());
        assertNull(s3.low());
        assertInstanceOf(Expr.TypeAssertExpr.class, rhs(s, 2));
        Expr.UnaryExpr addr = (Expr.UnaryExpr) rhs(s, 3);
        assertInstanceOf(Expr.KeyValueExpr.class, ((Expr.CompositeLit) addr.x()).elts().get(0));
        assertEquals(Token.ARROW, ((Expr.UnaryExpr) rhs(s, 4)).op());
        assertEquals(Token.XOR, ((Expr.UnaryExpr) rhs(s, 5)).op());
        assertInstanceOf(Expr.ArrayType.class, ((Expr.CallExpr) rhs(s, 6)).fun());
        assertInstanceOf(Expr.FuncLit.class, ((Expr.CallExpr) rhs(s, 7)).fun());
        Expr.ArrayType arr = (Expr.ArrayType) ((Expr.CompositeLit) rhs(s, 8)).type();
        assertInstanceOf(Expr.Ellipsis.class, arr.len());
        assertInstanceOf(Expr.ParenExpr.class, ((Expr.SelectorExpr) rhs(s, 9)).x());
        assertInstanceOf(Expr.ChanType.class, ((Expr.CallExpr) rhs(s, 10)).args().get(0));
    }

    private static Expr rhs(List<Stmt> s, int i) {
        return ((Stmt.AssignStmt) s.get(i)).rhs().get(0);
    }
}
