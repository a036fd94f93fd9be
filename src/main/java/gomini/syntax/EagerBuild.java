package gomini.syntax;

import gomini.syntax.GoParser.SourceFileContext;
import gomini.syntax.GoParser.StatementContext;
import gomini.syntax.GoParser.StatementListContext;
import gomini.syntax.GoParser.TopLevelDeclContext;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the AST while the parser runs: each statement of a list and each top-level declaration
 * becomes gomini.ast as soon as the parser leaves it, and its parse tree is dropped from its
 * parent. A parse tree costs some 150 bytes per source character; this way only the statements
 * being parsed have one, so a 10 MB function body parses in little memory.
 */
final class EagerBuild implements ParseTreeListener {
    private final AstBuilder builder;
    private final TokenStream tokens;
    private RuntimeException failure;

    EagerBuild(AstBuilder builder, TokenStream tokens) {
        this.builder = builder;
        this.tokens = tokens;
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if (ctx.exception != null) {
            return; // the parse is being abandoned: the rule is incomplete
        }
        try {
            build(ctx);
        } catch (RuntimeException e) {
            // Rules are also left while an error that is not ANTLR's (out of memory) unwinds the
            // parse; building their halves must not replace that error. A parse that completes
            // rethrows it (checkBuilt).
            if (failure == null) {
                failure = e;
            }
        }
    }

    /** Throws what went wrong building a rule, once the parse has completed. */
    void checkBuilt() {
        if (failure != null) {
            throw failure;
        }
    }

    private void build(ParserRuleContext ctx) {
        if (ctx instanceof StatementContext s && s.getParent() instanceof StatementListContext list) {
            if (s.emptyStmt() == null) {
                builder.stmts.built(list, builder.stmts.stmt(s, next()));
            }
            dropLast(list, s);
        } else if (ctx instanceof TopLevelDeclContext d && d.getParent() instanceof SourceFileContext file) {
            builder.topLevel(d, next());
            dropLast(file, d);
        }
    }

    /** The separators between dropped children go too; nothing reads them from the tree. */
    @Override
    public void visitTerminal(TerminalNode node) {
        if (node.getSymbol().getType() == GoParser.SEMI
                && (node.getParent() instanceof StatementListContext || node.getParent() instanceof SourceFileContext)) {
            dropLast((ParserRuleContext) node.getParent(), node);
        }
    }

    @Override
    public void visitErrorNode(ErrorNode node) {
    }

    @Override
    public void enterEveryRule(ParserRuleContext ctx) {
    }

    /** The token after the rule the parser just left (it has always looked at it). */
    private Token next() {
        return tokens.LT(1);
    }

    private static void dropLast(ParserRuleContext parent, Object child) {
        List<?> children = parent.children;
        if (children != null && !children.isEmpty() && children.get(children.size() - 1) == child) {
            children.remove(children.size() - 1);
        }
    }
}
