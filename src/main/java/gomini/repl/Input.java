package gomini.repl;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Pos;
import gomini.ast.Stmt;
import gomini.ast.Token;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.syntax.SourceParser;
import java.util.ArrayList;
import java.util.List;

/**
 * One input of the session, parsed: package-level declarations (func, type, var, const, import) to add,
 * or statements to run as the body of a function (the cell), whose last statement may be an expression
 * to print. A {@code var} declaration at the prompt is a package-level one (its initializer runs when it
 * is entered); {@code x := e} in a cell persists too (see gomini.check.Session).
 *
 * <p>The text is parsed inside a wrapper kept on its first line ({@code package main; func main() { ...}}),
 * so line numbers in errors and tracebacks are the input's own; {@link #shift} undoes the wrapper's
 * columns on line 1.
 */
record Input(File decls, Decl.FuncDecl cell, Stmt.ExprStmt value, int prefixLength) {

    private static final String FILE_PREFIX = "package main; ";
    private static final String CELL_PREFIX = "package main; func main() { ";

    /** Whether the input declares package-level things (then {@link #decls} is not null). */
    boolean hasDecls() {
        return decls != null && !decls.decls().isEmpty();
    }

    /** Parses the text of one input; file names its origin in positions ("in3.go"). */
    static Input parse(String file, String text) throws CompileError {
        String first = firstWord(text);
        boolean declish = switch (first) {
            case "func" -> isFuncDecl(text);
            case "type", "const", "import", "var", "package" -> true;
            default -> false;
        };
        if (declish) {
            try {
                String src = first.equals("package") ? text : FILE_PREFIX + text;
                int prefix = first.equals("package") ? 0 : FILE_PREFIX.length();
                return fromFile(SourceParser.parse(file, src + "\n"), prefix);
            } catch (CompileError e) {
                if (!first.equals("var")) {
                    throw shift(e, first.equals("package") ? 0 : FILE_PREFIX.length());
                }
            }
        }
        File f;
        try {
            f = SourceParser.parse(file, CELL_PREFIX + text + "\n}\n");
        } catch (CompileError e) {
            throw shift(e, CELL_PREFIX.length());
        }
        Decl.FuncDecl main = (Decl.FuncDecl) f.decls().get(0);
        return new Input(null, main, valueOf(main.body()), CELL_PREFIX.length());
    }

    /** A whole Go file (:load) or declarations typed at the prompt (var initializers run in source order). */
    static Input fromFile(File f, int prefix) {
        return new Input(f, null, null, prefix);
    }

    /**
     * The statement whose value is printed: a last expression statement, except calls of fmt's
     * Print/Fprint families, whose (n, err) results nobody wants to see after the output.
     */
    private static Stmt.ExprStmt valueOf(Stmt.BlockStmt body) {
        List<Stmt> list = body.list();
        if (list.isEmpty() || !(list.get(list.size() - 1) instanceof Stmt.ExprStmt es)) {
            return null;
        }
        if (unparen(es.x()) instanceof Expr.CallExpr call && unparen(call.fun()) instanceof Expr.SelectorExpr sel
                && sel.x() instanceof Expr.Ident pkg && pkg.name().equals("fmt")
                && (sel.sel().name().startsWith("Print") || sel.sel().name().startsWith("Fprint"))) {
            return null;
        }
        return es;
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.ParenExpr p) {
            e = p.x();
        }
        return e;
    }

    private static String firstWord(String text) {
        String t = text.stripLeading();
        int i = 0;
        while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }

    /** {@code func name(} or {@code func (recv) name(}: a declaration; {@code func(} otherwise is a literal. */
    private static boolean isFuncDecl(String text) {
        String t = text.stripLeading().substring(4).stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
            return true;
        }
        if (t.charAt(0) != '(') {
            return false;
        }
        int close = t.indexOf(')');
        return close > 0 && !t.substring(1, close).isBlank() && close + 1 < t.length()
                && t.substring(close + 1).stripLeading().matches("^[\\p{L}_][\\p{L}\\p{N}_]*\\s*[(\\[].*(?s).*");
    }

    /** Moves line-1 columns back over the wrapper, so errors point into what the user typed. */
    static CompileError shift(CompileError e, int prefix) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) {
            Pos p = d.pos();
            if (p.line() == 1 && p.col() > prefix) {
                p = new Pos(p.file(), 1, p.col() - prefix);
            }
            out.add(new Diagnostic(p, d.message()));
        }
        return new CompileError(out);
    }
}
