package gomini.syntax;

import gomini.ast.File;
import gomini.ast.Pos;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front end's entry point: Go source text to a gomini.ast.File, or a CompileError worded as
 * cmd/compile words its syntax errors.
 */
public final class SourceParser {
    /** Deeply nested source recurses deeply; parse on a thread whose stack allows it. */
    private static final long STACK_BYTES = 1L << 30;
    private static final int MAX_ERRORS = 50; // enough for the printer to say "too many errors"

    private SourceParser() {}

    public static File parse(String path, String source) throws CompileError {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> result[0] = parseHere(path, source), "gomini-parser", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (result[0] instanceof File f) {
            return f;
        }
        throw (CompileError) result[0];
    }

    private static Object parseHere(String path, String source) {
        List<Diagnostic> errors = new ArrayList<>();
        try {
            return parseOrFail(path, source, errors);
        } catch (CompileError e) {
            return e;
        } catch (StackOverflowError e) {
            errors.add(new Diagnostic(new Pos(path, 1, 1), "syntax error: program too deeply nested"));
            return fail(errors);
        } catch (RuntimeException | OutOfMemoryError e) {
            errors.add(new Diagnostic(new Pos(path, 1, 1), "internal error: cannot parse: " + e));
            return fail(errors);
        }
    }

    private static File parseOrFail(String path, String source, List<Diagnostic> errors) throws CompileError {
        LineTable lines = new LineTable(path, source);
        GoLexer lexer = new GoLexer(CharStreams.fromString(source, path), lines, errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        GoParser.SourceFileContext tree;
        // Fast SLL prediction first; only a file it cannot parse is parsed again with full LL,
        // which also finds the error Go would report.
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.resetNesting();
            SyntaxErrors handler = new SyntaxErrors(lines);
            parser.setErrorHandler(handler);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.sourceFile();
            } catch (ParseCancellationException again) {
                tree = null;
            }
            if (tree == null || handler.first() != null) {
                Diagnostic d = handler.first();
                if (d != null && !(errors.size() > 0 && atEnd(d, source, lines))) {
                    errors.add(d);
                }
                if (errors.isEmpty()) {
                    errors.add(new Diagnostic(new Pos(path, 1, 1), "syntax error"));
                }
                throw fail(errors);
            }
        }
        if (!errors.isEmpty()) {
            throw fail(errors);
        }
        File file = new AstBuilder(lines, tokens, errors).file(tree);
        if (!errors.isEmpty()) {
            throw fail(errors);
        }
        return file;
    }

    /** A syntax error at the end of the file after a lexical error is that error's echo (Go prints none). */
    private static boolean atEnd(Diagnostic d, String source, LineTable lines) {
        return d.pos().equals(lines.at(source.codePointCount(0, source.length())));
    }

    private static CompileError fail(List<Diagnostic> errors) {
        List<Diagnostic> sorted = errors.stream().sorted().distinct().toList();
        return new CompileError(sorted.size() > MAX_ERRORS ? sorted.subList(0, MAX_ERRORS) : sorted);
    }
}
