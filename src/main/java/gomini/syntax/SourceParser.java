package gomini.syntax;

import gomini.ast.File;
import gomini.ast.Pos;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front end's entry point: Go source text to a gomini.ast.File, or a CompileError worded as
 * cmd/compile words its syntax errors.
 */
public final class SourceParser {
    /** Deeply nested source recurses deeply; parse on a thread whose stack allows it. */
    private static final long STACK_BYTES = 1L << 30;
    private static final int GO_MAX_ERRORS = 10;
    private static final String OUT_OF_MEMORY =
            "program too large: out of memory while parsing (give the JVM more with -Xmx)";
    /** Tokens the search for further syntax errors may parse again, all passes together. */
    private static final long REPARSE_BUDGET = 3_000_000;
    private static final int MAX_ERRORS = 50; // enough for the printer to say "too many errors"

    private SourceParser() {}

    /**
     * Parses a file as read from disk: bytes that are not UTF-8 are reported as Go reports them. With the
     * launcher's {@link ParseCache}, a file parsed before without errors is read from there instead.
     */
    public static File parse(String path, byte[] source) throws CompileError {
        return parse(path, source, ParseCache.configured());
    }

    /** As {@link #parse(String, byte[])} with the given cache (null: none). */
    static File parse(String path, byte[] source, ParseCache cache) throws CompileError {
        if (cache == null) {
            return parseSource(path, source);
        }
        File cached = cache.lookup(path, source);
        if (cached != null) {
            return cached;
        }
        File f = parseSource(path, source);
        cache.store(path, source, f);
        return f;
    }

    private static File parseSource(String path, byte[] source) throws CompileError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return parse(path, decoder.decode(ByteBuffer.wrap(source)).toString(), null);
        } catch (CharacterCodingException e) {
            return parse(path, new String(source, StandardCharsets.UTF_8), firstInvalidUtf8(path, source));
        }
    }

    public static File parse(String path, String source) throws CompileError {
        return parse(path, source, null);
    }

    private static File parse(String path, String source, Pos badUtf8) throws CompileError {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseHere(path, source, badUtf8);
            } catch (OutOfMemoryError e) {
                result[0] = null; // reported below, once this thread's memory is unreachable
            }
        }, "gomini-parser", STACK_BYTES);
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
        if (result[0] == null) {
            throw new CompileError(List.of(new Diagnostic(new Pos(path, 1, 1), OUT_OF_MEMORY)));
        }
        throw (CompileError) result[0];
    }

    private static Object parseHere(String path, String source, Pos badUtf8) {
        List<Diagnostic> errors = new ArrayList<>();
        try {
            return parseOrFail(path, source, badUtf8, errors);
        } catch (CompileError e) {
            return e;
        } catch (StackOverflowError e) {
            errors.add(new Diagnostic(new Pos(path, 1, 1), "syntax error: program too deeply nested"));
            return fail(errors);
        } catch (RuntimeException e) {
            errors.add(new Diagnostic(new Pos(path, 1, 1), "internal error: cannot parse: " + e));
            return fail(errors);
        }
    }

    private static File parseOrFail(String path, String source, Pos badUtf8, List<Diagnostic> errors)
            throws CompileError {
        LineTable lines = new LineTable(path, source);
        List<Diagnostic> built = new ArrayList<>();
        // Fast SLL prediction first, over a token stream that forgets the tokens it has passed: a
        // well-formed file is never needed whole, as EagerBuild turns it into AST as it goes. Only
        // a file SLL cannot parse is parsed again, with all its tokens and full LL, which also
        // finds the error Go would report.
        GoLexer lexer = new GoLexer(CharStreams.fromString(source, path), lines, errors);
        TokenStream tokens = new UnbufferedTokenStream<>(lexer);
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        AstBuilder builder = new AstBuilder(lines, built);
        EagerBuild eager = new EagerBuild(builder, tokens);
        parser.addParseListener(eager);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        GoParser.SourceFileContext tree;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException e) {
            errors.clear();
            built.clear();
            lexer = new GoLexer(CharStreams.fromString(source, path), lines, errors);
            CommonTokenStream all = new CommonTokenStream(lexer);
            parser = new GoParser(all);
            parser.removeErrorListeners();
            builder = new AstBuilder(lines, built);
            eager = new EagerBuild(builder, all);
            parser.addParseListener(eager);
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
                if (d != null && d.message().startsWith("expected 'package'")) {
                    throw fail(List.of(beforePackage(d, source, lines, badUtf8)));
                }
                // cmd/compile says nothing more about the end of a file after an earlier error
                if (d != null && !(handler.firstAtEof() && !errors.isEmpty())) {
                    errors.add(d);
                    all.fill(); // the rest of the file: Go's scanner reads on, past the error
                    Set<Diagnostic> fromBuilders = new LinkedHashSet<>(built);
                    moreErrors(all.getTokens(), handler, lines, errors, fromBuilders);
                    errors.addAll(fromBuilders);
                    onePerLine(errors);
                    capAtTen(errors);
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
        eager.checkBuilt();
        File file = builder.file(tree);
        if (!built.isEmpty()) {
            throw fail(built);
        }
        return file;
    }

    /**
     * The syntax errors after the first, found as cmd/compile finds them: its parser goes on after
     * an error (Recovery plays how) and reports at most one syntax error per line. What the AST
     * builders report about the statements parsed on the way goes to {@code fromBuilders}.
     */
    private static void moreErrors(List<org.antlr.v4.runtime.Token> tokens, SyntaxErrors first, LineTable lines,
            List<Diagnostic> errors, Set<Diagnostic> fromBuilders) {
        SyntaxErrors last = first;
        int line = last.first().pos().line();
        for (int pass = 0; pass < 3 * GO_MAX_ERRORS && errors.size() < GO_MAX_ERRORS; pass++) {
            if ((long) tokens.size() * (pass + 1) > REPARSE_BUDGET) {
                return; // each error costs a parse of the whole file: a huge one gets its first only
            }
            tokens = Recovery.after(tokens, last.firstAt().getTokenIndex(), last.first().message(), last.inFunction());
            if (tokens == null) {
                return;
            }
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
            GoParser parser = new GoParser(stream);
            parser.removeErrorListeners();
            List<Diagnostic> built = new ArrayList<>();
            parser.addParseListener(new EagerBuild(new AstBuilder(lines, built), stream));
            SyntaxErrors next = new SyntaxErrors(lines);
            parser.setErrorHandler(next);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                parser.sourceFile();
            } catch (ParseCancellationException e) {
                // the error is recorded
            }
            fromBuilders.addAll(built);
            Diagnostic d = next.first();
            // like cmd/compile, nothing about the end of the file after an earlier error
            if (d == null || next.firstAt() == null || next.firstAtEof() || d.equals(last.first())) {
                return;
            }
            if (d.pos().line() != line) {
                errors.add(d);
                line = d.pos().line();
            }
            last = next;
        }
    }

    /** cmd/compile reports one syntax error per line, whatever part of its parser finds them. */
    private static void onePerLine(List<Diagnostic> errors) {
        List<Diagnostic> sorted = errors.stream().sorted().distinct().toList();
        errors.clear();
        int line = -1;
        for (Diagnostic d : sorted) {
            if (d.message().startsWith("syntax error")) {
                if (d.pos().line() == line) {
                    continue;
                }
                line = d.pos().line();
            }
            errors.add(d);
        }
    }

    /** cmd/compile stops at its 10th error and says "too many errors" there. */
    private static void capAtTen(List<Diagnostic> errors) {
        if (errors.size() >= GO_MAX_ERRORS) {
            List<Diagnostic> sorted = errors.stream().sorted().distinct().limit(GO_MAX_ERRORS).toList();
            errors.clear();
            errors.addAll(sorted);
            errors.add(new Diagnostic(sorted.get(GO_MAX_ERRORS - 1).pos(), CompileError.TOO_MANY));
        }
    }

    /**
     * A file without a package clause is rejected by the go command before compiling, with one
     * message; it notices NUL bytes and bad UTF-8 first.
     */
    private static Diagnostic beforePackage(Diagnostic d, String source, LineTable lines, Pos badUtf8) {
        int nul = source.indexOf('\0');
        if (nul >= 0) {
            return new Diagnostic(lines.at(source.codePointCount(0, nul)), "unexpected NUL in input");
        }
        if (badUtf8 != null) {
            return new Diagnostic(badUtf8, "illegal UTF-8 encoding");
        }
        return d;
    }

    private static Pos firstInvalidUtf8(String path, byte[] b) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
            boolean ok = n > 0 && i + n <= b.length;
            for (int k = 1; ok && k < n; k++) {
                ok = (b[i + k] & 0xc0) == 0x80;
            }
            if (!ok) {
                return new Pos(path, line, i - lineStart + 1);
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += n;
        }
        return new Pos(path, 1, 1);
    }

    private static CompileError fail(List<Diagnostic> errors) {
        List<Diagnostic> sorted = errors.stream().sorted().distinct().toList();
        return new CompileError(sorted.size() > MAX_ERRORS ? sorted.subList(0, MAX_ERRORS) : sorted);
    }
}
