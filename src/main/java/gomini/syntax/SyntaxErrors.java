package gomini.syntax;

import gomini.ast.Pos;
import gomini.diag.Diagnostic;
import gomini.syntax.GoParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stops the parse at the first syntax error and words it the way cmd/compile does
 * ("syntax error: unexpected X, expecting Y", "... at end of statement", ...). The wording
 * depends on where the parser was, so each case looks at the rule that failed.
 */
final class SyntaxErrors extends DefaultErrorStrategy {
    private final LineTable lines;
    private Diagnostic first;
    private boolean firstAtEof;
    private Token firstAt;
    private Token lastAt;
    private boolean inFunction;

    SyntaxErrors(LineTable lines) {
        this.lines = lines;
    }

    Diagnostic first() {
        return first;
    }

    /** Whether the first error is about the end of the file itself (not an inserted ';'). */
    boolean firstAtEof() {
        return firstAtEof;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (first == null) {
            first = describe(recognizer, e);
            firstAt = lastAt;
            Token t = e.getOffendingToken();
            firstAtEof = t != null && t.getType() == Token.EOF;
            for (ParserRuleContext c = recognizer.getContext(); c != null && !inFunction; c = c.getParent()) {
                inFunction = c instanceof BlockContext;
            }
            if (t != null && t.getType() == GoParser.L_CURLY && ((GoParser) recognizer).nameLiteralAllowed()) {
                Token prev = previous(recognizer.getInputStream(), t);
                if (prev != null && prev.getType() == GoParser.IDENT) {
                    insideLiteral(recognizer.getInputStream(), t);
                }
            }
        }
    }

    /**
     * `T{a: 1 b: 2}`: no alternative of operand parses it, and ANTLR blames the '{' after the name;
     * cmd/compile parses the composite literal and finds the error inside. Parse the literal alone.
     */
    private void insideLiteral(TokenStream in, Token brace) {
        if (!(in instanceof BufferedTokenStream all)) {
            return;
        }
        all.fill();
        List<Token> rest = new ArrayList<>();
        for (int i = brace.getTokenIndex(); i < all.size(); i++) {
            rest.add(new CommonToken(all.get(i))); // copies: the sub-parse renumbers its tokens
        }
        GoParser sub = new GoParser(new CommonTokenStream(new ListTokenSource(rest)));
        sub.removeErrorListeners();
        SyntaxErrors inner = new SyntaxErrors(lines);
        sub.setErrorHandler(inner);
        sub.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            sub.literalValue();
        } catch (ParseCancellationException e) {
            // the error is recorded
        }
        if (inner.first != null && inner.firstAt != null && !inner.firstAtEof) {
            first = inner.first;
            firstAt = all.get(brace.getTokenIndex() + inner.firstAt.getTokenIndex());
        }
    }

    /** The token the first error is reported at. */
    Token firstAt() {
        return firstAt;
    }

    /** Whether the first error is inside a function body (where Go's parser resyncs at statement keywords). */
    boolean inFunction() {
        return inFunction;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        abandon(recognizer, e);
        throw new ParseCancellationException(e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        InputMismatchException e = new InputMismatchException(recognizer);
        reportError(recognizer, e);
        abandon(recognizer, e);
        throw new ParseCancellationException(e);
    }

    /** Marks the rules being left as incomplete, so that EagerBuild does not build them. */
    private static void abandon(Parser recognizer, RecognitionException e) {
        for (ParserRuleContext c = recognizer.getContext(); c != null; c = c.getParent()) {
            c.exception = e;
        }
    }

    @Override
    public void sync(Parser recognizer) {
    }

    private Diagnostic describe(Parser parser, RecognitionException e) {
        TokenStream in = parser.getInputStream();
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : in.LT(1);
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        if (ctx == null) {
            ctx = parser.getContext();
        }
        Token prev = previous(in, t);
        if (e instanceof FailedPredicateException) {
            return compositeLiteralInHeader(in, t);
        }
        Token start = e instanceof NoViableAltException nv ? nv.getStartToken() : t;
        if (!((GoParser) parser).nameLiteralAllowed() && typeNameThenBrace(in, start)) {
            return compositeLiteralInHeader(in, start);
        }
        if (ctx instanceof PrimaryExprContext && start.getType() == GoParser.L_BRACKET && start != t) {
            return previous(in, t) == start ? syntax(t, "unexpected " + describe(t) + ", expecting expression")
                    : syntax(t, "unexpected " + describe(t) + ", expecting comma, : or ]");
        }
        if (ctx instanceof PackageClauseContext || ctx instanceof SourceFileContext && prev == null) {
            String found = t.getType() == Token.EOF ? "'EOF'"
                    : t.getType() == GoParser.IDENT || isLiteral(t.getType()) ? t.getText()
                    : "'" + t.getText() + "'";
            String want = prev == null ? "'package'" : "'IDENT'";
            return plain(t, "expected " + want + ", found " + found);
        }
        Diagnostic header = header(in, ctx, t);
        if (header != null) {
            return header;
        }
        String u = "unexpected " + describe(t);
        boolean atStart = prev == null || startsOperand(ctx, t);
        if (ctx instanceof SourceFileContext || ctx instanceof TopLevelDeclContext) {
            if (prev != null && prev.getType() == GoParser.SEMI || ctx instanceof TopLevelDeclContext) {
                if (t.getType() == GoParser.IMPORT) {
                    return syntax(t, "imports must appear before other declarations");
                }
                if (t.getType() == GoParser.L_CURLY) {
                    return syntax(t, "unexpected semicolon or newline before {");
                }
                return syntax(t, "non-declaration statement outside function body");
            }
            return syntax(t, u + " after top level declaration");
        }
        if (ctx instanceof ArgumentsContext || ctx instanceof ArgumentContext) {
            boolean wantsArgument = prev != null && (prev.getType() == GoParser.L_PAREN || prev.getType() == GoParser.COMMA);
            return atStart || wantsArgument ? syntax(t, u + ", expecting expression")
                    : syntax(t, u + " in argument list; possibly missing comma or )");
        }
        if (ctx instanceof LiteralValueContext || ctx instanceof KeyedElementContext || ctx instanceof ElementContext) {
            return atStart ? syntax(t, u + ", expecting expression")
                    : syntax(t, u + " in composite literal; possibly missing comma or }");
        }
        if (ctx instanceof ParametersContext || ctx instanceof ParameterDeclContext) {
            return syntax(t, u + " in parameter list; possibly missing comma or )");
        }
        if (ctx instanceof StructTypeContext || ctx instanceof InterfaceTypeContext) {
            String what = ctx instanceof StructTypeContext ? "struct" : "interface";
            return syntax(t, u + " in " + what + " type; possibly missing semicolon or newline or }");
        }
        if (ctx instanceof SwitchStmtContext || ctx instanceof SelectStmtContext) {
            return syntax(t, u + ", expecting case or default or }");
        }
        if (ctx instanceof CaseClauseContext c && c.COLON() == null
                || ctx instanceof CommClauseContext cc && cc.COLON() == null && cc.DEFAULT() != null) {
            return syntax(t, u + ", expecting :");
        }
        if (ctx instanceof BlockContext || ctx instanceof StatementListContext || ctx instanceof StatementContext
                || ctx instanceof CaseClauseContext || ctx instanceof CommClauseContext || ctx instanceof EmptyStmtContext) {
            if (isStatementStart(prev)) {
                boolean inClause = inside(ctx, CaseClauseContext.class) || inside(ctx, CommClauseContext.class);
                return syntax(t, u + (inClause ? ", expecting case or default or }" : ", expecting }"));
            }
            return syntax(t, u + " at end of statement");
        }
        if (ctx instanceof IndexContext || ctx instanceof SliceContext) {
            return atStart ? syntax(t, u + ", expecting expression") : syntax(t, u + ", expecting comma, : or ]");
        }
        if (ctx instanceof ParenExprContext || ctx instanceof ParenTypeContext || ctx instanceof ConversionContext) {
            return atStart ? syntax(t, u + ", expecting expression") : syntax(t, u + ", expecting )");
        }
        if (isExpressionRule(ctx) && (atStart || prev != null && wantsOperand(prev.getType()))) {
            return syntax(t, u + ", expecting expression");
        }
        if (ctx instanceof Type_Context || ctx instanceof TypeLitContext || ctx instanceof VarSpecContext
                || ctx instanceof TypeSpecContext || ctx instanceof PointerTypeContext || ctx instanceof SliceTypeContext) {
            return syntax(t, u + ", expecting type");
        }
        if (ctx instanceof TypeNameContext || ctx instanceof FuncDeclContext && t.getType() != GoParser.L_PAREN
                && prev != null && prev.getType() == GoParser.FUNC) {
            return syntax(t, u + ", expecting name");
        }
        if (prev != null && prev.getType() == GoParser.FUNC && !(ctx instanceof FuncDeclContext)) {
            return syntax(t, u + ", expecting (");
        }
        String expecting = expecting(e, parser);
        return syntax(t, expecting == null ? u : u + ", expecting " + expecting);
    }

    /** Go's wording for errors in the header of if, for and switch. */
    private Diagnostic header(TokenStream in, ParserRuleContext ctx, Token t) {
        String keyword;
        ParserRuleContext stmt = ctx;
        while (stmt != null && !(stmt instanceof IfStmtContext || stmt instanceof ForStmtContext
                || stmt instanceof SwitchStmtContext)) {
            if (stmt instanceof BlockContext && stmt.getStart() == t) {
                stmt = stmt.getParent();
                continue;
            }
            if (stmt instanceof BlockContext || stmt instanceof ArgumentsContext || stmt instanceof ParenExprContext
                    || stmt instanceof LiteralValueContext || stmt instanceof IndexContext) {
                return null;
            }
            stmt = stmt.getParent();
        }
        if (stmt == null || stmt instanceof SwitchStmtContext s && s.L_CURLY() != null) {
            return null;
        }
        keyword = stmt instanceof IfStmtContext ? "if" : stmt instanceof ForStmtContext ? "for" : "switch";
        if (t.getType() != GoParser.L_CURLY && t.getType() != GoParser.SEMI) {
            // the header is complete and the block's '{' is missing (blockStmt in cmd/compile)
            boolean blockMissing = ctx instanceof BlockContext && ctx.getStart() == t
                    && (stmt instanceof IfStmtContext i && i.block(0) == ctx || stmt instanceof ForStmtContext);
            return blockMissing ? syntax(t, "unexpected " + describe(t) + ", expecting { after " + keyword + " clause")
                    : null;
        }
        int depth = 0;
        Token firstSemi = null;
        for (int i = stmt.getStart().getTokenIndex() + 1; i < t.getTokenIndex() && firstSemi == null; i++) {
            Token k = in.get(i);
            switch (k.getType()) {
                case GoParser.L_PAREN, GoParser.L_BRACKET, GoParser.L_CURLY -> depth++;
                case GoParser.R_PAREN, GoParser.R_BRACKET, GoParser.R_CURLY -> depth--;
                case GoParser.SEMI -> firstSemi = depth == 0 ? k : null;
                default -> { }
            }
        }
        Token semi = t.getType() == GoParser.SEMI ? t : firstSemi;
        if (semi != null && GoLexer.NEWLINE_SEMI.equals(semi.getText())) {
            return syntax(semi, "unexpected newline, expecting { after " + keyword + " clause");
        }
        return null;
    }

    /** `if x == T{} {`: Go reads `T` as the condition and `{}` as the block. */
    private Diagnostic compositeLiteralInHeader(TokenStream in, Token t) {
        int i = t.getTokenIndex();
        while (i < in.size() && in.get(i).getType() != GoParser.L_CURLY) {
            i++;
        }
        int depth = 0;
        for (; i < in.size(); i++) {
            int type = in.get(i).getType();
            if (type == GoParser.L_CURLY) {
                depth++;
            } else if (type == GoParser.R_CURLY && --depth == 0) {
                break;
            } else if (type == Token.EOF) {
                break;
            }
        }
        Token after = in.get(Math.min(i + 1, in.size() - 1));
        return syntax(after, "unexpected " + describe(after) + " at end of statement");
    }

    /** `T {` or `pkg.T {`: a composite literal where Go does not allow one. */
    private static boolean typeNameThenBrace(TokenStream in, Token start) {
        int i = start.getTokenIndex();
        if (start.getType() != GoParser.IDENT) {
            return false;
        }
        if (in.get(i + 1).getType() == GoParser.DOT && in.get(i + 2).getType() == GoParser.IDENT) {
            i += 2;
        }
        return in.get(i + 1).getType() == GoParser.L_CURLY;
    }

    private static boolean startsOperand(ParserRuleContext ctx, Token t) {
        Token p = ctx.getStart();
        return p == t || t.getTokenIndex() <= p.getTokenIndex();
    }

    /** Tokens that must be followed by an expression. */
    private static boolean wantsOperand(int type) {
        return switch (type) {
            case GoParser.DEFINE, GoParser.ASSIGN, GoParser.ADD_ASSIGN, GoParser.SUB_ASSIGN, GoParser.MUL_ASSIGN,
                    GoParser.QUO_ASSIGN, GoParser.REM_ASSIGN, GoParser.AND_ASSIGN, GoParser.OR_ASSIGN,
                    GoParser.XOR_ASSIGN, GoParser.SHL_ASSIGN, GoParser.SHR_ASSIGN, GoParser.AND_NOT_ASSIGN,
                    GoParser.ARROW, GoParser.COMMA, GoParser.LOR, GoParser.LAND, GoParser.EQL, GoParser.NEQ,
                    GoParser.LSS, GoParser.LEQ, GoParser.GTR, GoParser.GEQ, GoParser.ADD, GoParser.SUB, GoParser.OR,
                    GoParser.XOR, GoParser.MUL, GoParser.QUO, GoParser.REM, GoParser.SHL, GoParser.SHR,
                    GoParser.AND, GoParser.AND_NOT, GoParser.NOT, GoParser.RANGE, GoParser.GO, GoParser.DEFER -> true;
            default -> false;
        };
    }

    private static boolean isStatementStart(Token prev) {
        if (prev == null) {
            return true;
        }
        int type = prev.getType();
        return type == GoParser.SEMI || type == GoParser.L_CURLY || type == GoParser.COLON;
    }

    private static boolean isExpressionRule(ParserRuleContext ctx) {
        return ctx instanceof ExprContext || ctx instanceof UnaryExprContext || ctx instanceof PrimaryExprContext
                || ctx instanceof OperandContext || ctx instanceof ExpressionListContext
                || ctx instanceof SimpleStmtContext || ctx instanceof ReturnStmtContext || ctx instanceof GoStmtContext
                || ctx instanceof DeferStmtContext || ctx instanceof ConstSpecContext
                || ctx instanceof ArrayLengthContext;
    }

    private static boolean inside(ParserRuleContext ctx, Class<?> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return true;
            }
            if (c instanceof BlockContext && c != ctx) {
                return false;
            }
        }
        return false;
    }

    private static Token previous(TokenStream in, Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? in.get(i) : null;
    }

    private String expecting(RecognitionException e, Parser parser) {
        IntervalSet set;
        try {
            set = e.getExpectedTokens();
        } catch (RuntimeException ex) {
            return null;
        }
        if (set == null || set.size() == 0 || set.size() > 3) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toList()) {
            names.add(expectedName(type));
        }
        return String.join(" or ", names);
    }

    private static String expectedName(int type) {
        return switch (type) {
            case GoParser.IDENT -> "name";
            case GoParser.SEMI -> "semicolon or newline";
            case GoParser.COMMA -> "comma";
            case Token.EOF -> "EOF";
            default -> isLiteral(type) ? "literal" : literalName(type);
        };
    }

    private static String literalName(int type) {
        String s = GoParser.VOCABULARY.getLiteralName(type);
        return s == null ? GoParser.VOCABULARY.getDisplayName(type) : s.substring(1, s.length() - 1);
    }

    /** How cmd/compile names a token it did not expect. */
    static String describe(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            return "EOF";
        }
        if (type == GoParser.SEMI) {
            String text = t.getText();
            return text.equals(";") ? "semicolon" : text;
        }
        if (type == GoParser.COMMA) {
            return "comma";
        }
        if (isLiteral(type)) {
            return "literal " + t.getText();
        }
        return t.getText();
    }

    static boolean isLiteral(int type) {
        return type == GoParser.INT_LIT || type == GoParser.FLOAT_LIT || type == GoParser.IMAG_LIT
                || type == GoParser.RUNE_LIT || type == GoParser.STRING_LIT || type == GoParser.RAW_STRING_LIT;
    }

    private Diagnostic syntax(Token t, String message) {
        lastAt = t;
        return new Diagnostic(pos(t), "syntax error: " + message);
    }

    private Diagnostic plain(Token t, String message) {
        lastAt = t;
        return new Diagnostic(pos(t), message);
    }

    private Pos pos(Token t) {
        return lines.at(t.getStartIndex());
    }
}
