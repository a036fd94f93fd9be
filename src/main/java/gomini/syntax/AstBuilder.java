package gomini.syntax;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Pos;
import gomini.ast.Spec;
import gomini.ast.Token;
import gomini.diag.Diagnostic;
import gomini.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree into gomini.ast records: the file, its declarations and specs, and the
 * helpers (positions, identifiers, literals) that ExprBuilder and StmtBuilder share. Reports the
 * syntax errors that the grammar lets through (parameter grouping, go/defer operands, :=).
 */
public final class AstBuilder {
    private final LineTable lines;
    private final List<Diagnostic> errors;
    private final List<Decl> decls = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    final ExprBuilder exprs;
    final StmtBuilder stmts;
    /** The token after the statement or declaration being built (the parser has moved past it). */
    org.antlr.v4.runtime.Token follow;

    AstBuilder(LineTable lines, List<Diagnostic> errors) {
        this.lines = lines;
        this.errors = errors;
        this.exprs = new ExprBuilder(this);
        this.stmts = new StmtBuilder(this, exprs);
    }

    File file(SourceFileContext ctx) {
        PackageClauseContext pkg = ctx.packageClause();
        List<Spec.ImportSpec> imports = new ArrayList<>();
        for (ImportDeclContext d : ctx.importDecl()) {
            for (ImportSpecContext s : d.importSpec()) {
                imports.add(importSpec(s));
            }
        }
        return new File(pos(pkg), lines.path(), ident(pkg.IDENT()), imports, decls);
    }

    /** A top-level declaration, which the parser has just left: {@code next} is the token after it. */
    void topLevel(TopLevelDeclContext d, org.antlr.v4.runtime.Token next) {
        follow = next;
        decls.add(d.declaration() != null ? declaration(d.declaration()) : funcDecl(d.funcDecl()));
    }

    private Spec.ImportSpec importSpec(ImportSpecContext ctx) {
        Expr.Ident name = null;
        if (ctx.DOT() != null) {
            name = new Expr.Ident(pos(ctx.DOT()), ".");
        } else if (ctx.IDENT() != null) {
            name = ident(ctx.IDENT());
        }
        org.antlr.v4.runtime.Token path = ctx.importPath().getStart();
        String text = path.getText();
        return new Spec.ImportSpec(pos(ctx), name, text.substring(1, text.length() - 1), pos(path));
    }

    Decl.GenDecl declaration(DeclarationContext ctx) {
        List<Spec> specs = new ArrayList<>();
        if (ctx.constDecl() != null) {
            List<ConstSpecContext> cs = ctx.constDecl().constSpec();
            for (int i = 0; i < cs.size(); i++) {
                ConstSpecContext s = cs.get(i);
                Expr type = s.type_() == null ? null : exprs.type(s.type_());
                specs.add(new Spec.ValueSpec(pos(s), idents(s.identifierList()), type, exprs.list(s.expressionList()), i));
            }
            return new Decl.GenDecl(pos(ctx), Token.CONST, specs);
        }
        if (ctx.varDecl() != null) {
            for (VarSpecContext s : ctx.varDecl().varSpec()) {
                Expr type = s.type_() == null ? null : exprs.type(s.type_());
                specs.add(new Spec.ValueSpec(pos(s), idents(s.identifierList()), type, exprs.list(s.expressionList()), 0));
            }
            return new Decl.GenDecl(pos(ctx), Token.VAR, specs);
        }
        for (TypeSpecContext s : ctx.typeDecl().typeSpec()) {
            specs.add(new Spec.TypeSpec(pos(s), ident(s.IDENT()), s.ASSIGN() != null, exprs.type(s.type_())));
        }
        return new Decl.GenDecl(pos(ctx), Token.TYPE, specs);
    }

    private Decl.FuncDecl funcDecl(FuncDeclContext ctx) {
        gomini.ast.Field recv = null;
        if (ctx.receiver() != null) {
            List<gomini.ast.Field> fields = exprs.parameters(ctx.receiver().parameters());
            int n = 0;
            for (gomini.ast.Field f : fields) {
                n += Math.max(1, f.names().size());
            }
            if (n == 0) {
                error(pos(ctx.receiver()), "method has no receiver");
            } else if (n > 1) {
                error(pos(ctx.receiver()), "method has multiple receivers");
            } else {
                recv = fields.get(0);
            }
        }
        Pos p = pos(ctx);
        Expr.FuncType type = exprs.funcType(p, ctx.signature());
        return new Decl.FuncDecl(p, recv, ident(ctx.IDENT()), type, ctx.block() == null ? null : stmts.block(ctx.block()));
    }

    // ---------------------------------------------------------------- shared helpers

    Pos pos(org.antlr.v4.runtime.Token t) {
        return lines.at(t.getStartIndex());
    }

    Pos pos(TerminalNode t) {
        return pos(t.getSymbol());
    }

    Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    Expr.Ident ident(TerminalNode t) {
        return new Expr.Ident(pos(t), name(t.getText()));
    }

    /** One String per distinct identifier: a big program names the same few things over and over. */
    String name(String text) {
        String known = names.putIfAbsent(text, text);
        return known != null ? known : text;
    }

    List<Expr.Ident> idents(IdentifierListContext ctx) {
        List<Expr.Ident> out = new ArrayList<>();
        for (TerminalNode t : ctx.IDENT()) {
            out.add(ident(t));
        }
        return out;
    }

    Expr.BasicLit basicLit(BasicLitContext ctx) {
        org.antlr.v4.runtime.Token t = ctx.getStart();
        Expr.LitKind kind = switch (t.getType()) {
            case GoParser.INT_LIT -> Expr.LitKind.INT;
            case GoParser.FLOAT_LIT -> Expr.LitKind.FLOAT;
            case GoParser.IMAG_LIT -> Expr.LitKind.IMAG;
            case GoParser.RUNE_LIT -> Expr.LitKind.CHAR;
            default -> Expr.LitKind.STRING;
        };
        return new Expr.BasicLit(pos(t), kind, literalText(t));
    }

    /** A literal's text; carriage returns inside raw strings are discarded, as the Go spec says. */
    String literalText(org.antlr.v4.runtime.Token t) {
        String text = t.getText();
        if (t.getType() == GoParser.RAW_STRING_LIT && text.indexOf('\r') >= 0) {
            text = text.replace("\r", "");
        }
        return text;
    }

    void error(Pos p, String message) {
        errors.add(new Diagnostic(p, message));
    }

    void syntaxError(Pos p, String message) {
        error(p, "syntax error: " + message);
    }

    /** "syntax error: unexpected X, expecting ..." about the token that follows ctx. */
    void syntaxErrorAfter(ParserRuleContext ctx, String expecting) {
        org.antlr.v4.runtime.Token next = following(ctx);
        syntaxError(pos(next), "unexpected " + SyntaxErrors.describe(next) + ", " + expecting);
    }

    /**
     * The token after ctx, found in the tree: the start of the next sibling of ctx or of an
     * ancestor, up to the statement or declaration being built, which the parser has left.
     */
    private org.antlr.v4.runtime.Token following(ParseTree ctx) {
        for (ParseTree c = ctx; c.getParent() instanceof ParserRuleContext p; c = p) {
            if (c instanceof StatementContext && p instanceof StatementListContext
                    || c instanceof TopLevelDeclContext) {
                break;
            }
            int i = p.children.indexOf(c);
            if (i + 1 < p.children.size()) {
                ParseTree next = p.children.get(i + 1);
                return next instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) next).getStart();
            }
        }
        return follow;
    }
}
