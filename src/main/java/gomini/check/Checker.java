package gomini.check;

import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Pos;
import gomini.diag.CompileError;
import gomini.diag.Diagnostic;
import gomini.types.Basic;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type-checks a program: resolves every identifier, types every expression, lays out frames and
 * reports Go's compile errors. Holds the state the phase classes share; each phase lives in its own class.
 *
 * <p>Entry points: {@link #checkProgram} for a main file with the user packages it imports (what
 * gomini.Gomini calls); {@link #check(List)} for the files of a main package that imports only std
 * packages; {@link #checkPackages} for packages already loaded. Packages are checked one after the
 * other in initialization order, into one Info; like go build, checking stops after the first package
 * with errors (its dependents are not compiled).
 */
public final class Checker {
    final Info info = new Info();
    private final List<Diagnostic> diags = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Diagnostic> late = new ArrayList<>();
    private Diagnostic lastError;
    final Scope universe = Universe.create();
    /** Which function's frame each local variable lives in. */
    final IdentityHashMap<Symbol.Var, FuncCtx> owner = new IdentityHashMap<>();
    /** The value of iota while a constant spec is being evaluated; null elsewhere. */
    Constant iota;

    /** The package being checked: its declarations, import path and name. */
    DeclCollector decls = new DeclCollector(this);
    String pkgPath = "main";
    String pkgName = "main";
    /** Packages checked so far, by import path. */
    final Map<String, DeclCollector> checked = new java.util.HashMap<>();
    final TypeResolver types = new TypeResolver(this);
    final ExprChecker exprs = new ExprChecker(this);
    final Calls calls = new Calls(this);
    final Builtins builtins = new Builtins(this);
    final Selectors selectors = new Selectors(this);
    final CompositeLits composites = new CompositeLits(this);
    final Assignments assigns = new Assignments(this);
    final StmtChecker stmts = new StmtChecker(this);
    final InitOrder initOrder = new InitOrder(this);

    /** Set by {@link Session} (the REPL) while it checks one input; null for programs. */
    Session session;

    Checker() {}

    /** Checks the files of package main; the Info is complete only when no error was found. */
    public static Info check(List<File> files) throws CompileError {
        return checkPackages(List.of(new Package("main", "main", files)));
    }

    /**
     * Parses the main file (its path as given on the command line: positions print it), loads the user
     * packages it imports (see {@link PackageLoader}) and checks them all. Info.packages then lists every
     * package with its files.
     */
    public static Info checkProgram(java.nio.file.Path mainFile, byte[] source) throws CompileError {
        File main = gomini.syntax.SourceParser.parse(mainFile.toString(), source);
        return checkPackages(PackageLoader.load(mainFile, main));
    }

    /** Checks packages given in initialization order (dependencies first, main last). */
    public static Info checkPackages(List<Package> packages) throws CompileError {
        Checker c = new Checker();
        for (Package p : packages) {
            c.pkgPath = p.path();
            c.pkgName = p.name();
            c.decls = new DeclCollector(c);
            String saved = TypeString.current.get();
            TypeString.current.set(p.name());
            try {
                c.run(p);
            } finally {
                TypeString.current.set(saved);
            }
            if (!c.diags.isEmpty()) {
                break;
            }
            c.checked.put(p.path(), c.decls);
        }
        if (!c.diags.isEmpty()) {
            // like cmd/compile: the first 10 errors in the order they were found, then "too many errors"
            List<Diagnostic> found = c.diags;
            if (found.size() > 10 && !Boolean.getBoolean("gomini.allErrors")) {
                found = new ArrayList<>(found.subList(0, 10));
                found.add(new Diagnostic(found.get(9).pos(), CompileError.TOO_MANY));
            }
            throw new CompileError(found);
        }
        return c.info;
    }

    /** Where errors about the program as a whole go: the main file's package clause. */
    Pos mainPackagePos() {
        return mainFiles.isEmpty() ? new Pos("", 1, 1) : mainFiles.get(0).pos();
    }

    private List<File> mainFiles = List.of();

    private void run(Package p) {
        if (p.path().equals("main")) {
            mainFiles = p.files();
            File first = mainFiles.get(0);
            if (!first.packageName().name().equals("main")) {
                // what go run says; a program must be package main
                error(first.pos(), "package " + first.packageName().name() + " is not a main package");
                return;
            }
        }
        decls.collect(p.files());
        if (decls.importFailed) {
            return;
        }
        decls.resolveAll();
        decls.checkBodies();
        decls.reportUnusedImports();
        List<Info.Initializer> order = initOrder.compute();
        finishTypes();
        if (diags.isEmpty()) {
            diags.addAll(late);
        }
        Info.PackageInfo pi = new Info.PackageInfo(p.path(), p.name(), p.files(), List.copyOf(order),
                List.copyOf(decls.inits()));
        info.packages.add(pi);
        for (File f : p.files()) {
            for (gomini.ast.Decl d : f.decls()) {
                if (d instanceof gomini.ast.Decl.FuncDecl fd) {
                    info.funcPackages.put(fd, pi);
                }
            }
        }
    }

    /** True when the package being checked is the program's main package. */
    boolean isMain() {
        return pkgPath.equals("main");
    }

    /** The errors found so far (late ones only when there are no others), then forgets them (REPL inputs). */
    List<Diagnostic> drainErrors() {
        List<Diagnostic> out = new ArrayList<>(diags);
        if (out.isEmpty()) {
            out.addAll(late);
        }
        diags.clear();
        late.clear();
        seen.clear();
        lastError = null;
        return out;
    }

    void error(Pos pos, String msg) {
        // cmd/compile drops an error equal to the previous one on the same line
        if (lastError != null && lastError.pos().file().equals(pos.file()) && lastError.pos().line() == pos.line()
                && lastError.message().equals(msg)) {
            return;
        }
        if (seen.add(pos + "\u0000" + msg)) {
            lastError = new Diagnostic(pos, msg);
            diags.add(lastError);
        }
    }

    /**
     * An error Go reports only from a later phase, i.e. only when type checking found nothing
     * (e.g. "missing function body").
     */
    void lateError(Pos pos, String msg) {
        late.add(new Diagnostic(pos, msg));
    }

    void error(Expr at, String msg) {
        error(ExprString.start(at), msg);
    }

    boolean hasErrors() {
        return !diags.isEmpty();
    }

    /** Resolves a name as seen from scope s: blocks, then the file's imports, package, universe. */
    Symbol lookup(Scope s, String name) {
        Scope found = s == null ? null : s.lookupScope(name);
        if (found != null) {
            return found.local(name);
        }
        Symbol pkg = decls.resolve(name);
        if (pkg != null) {
            return pkg;
        }
        if (session != null) {
            Symbol auto = session.autoImport(name);
            if (auto != null) {
                return auto;
            }
        }
        return universe.local(name);
    }

    /** Records an operand's mode, type and value for the compiler. */
    void record(Operand x) {
        if (x.expr == null || x.invalid()) {
            return;
        }
        Info.Mode m = switch (x.mode) {
            case CONSTANT -> Info.Mode.CONSTANT;
            case VARIABLE -> Info.Mode.VARIABLE;
            case NOVALUE -> Info.Mode.VOID;
            case BUILTIN -> Info.Mode.BUILTIN;
            case TYPEXPR -> Info.Mode.TYPE;
            case PACKAGE -> Info.Mode.PACKAGE;
            default -> Info.Mode.VALUE;
        };
        info.types.put(x.expr, new Info.TypeAndValue(m, x.type, x.val));
    }

    /** x's recorded mode becomes COMMA_OK (it is used in a two-value assignment). */
    void recordCommaOk(Expr e) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv != null) {
            info.types.put(e, new Info.TypeAndValue(Info.Mode.COMMA_OK, tv.type(), tv.value()));
        }
        if (e instanceof Expr.ParenExpr p) {
            recordCommaOk(p.x());
        }
    }

    /**
     * An untyped expression got its final type: rewrite what was recorded for it and for the untyped
     * operands it was computed from (a comparison's operands are typed on their own).
     */
    void updateExprType(Expr e, Type t) {
        Info.TypeAndValue tv = info.types.get(e);
        if (tv == null || !(tv.type() instanceof Basic b) || !b.isUntyped() || t == tv.type()) {
            return;
        }
        if (t instanceof Basic tb && tb.isUntyped() && t != Types.UNTYPED_NIL) {
            // still untyped, only more precise (int → float)
        }
        switch (e) {
            case Expr.ParenExpr p -> updateExprType(p.x(), t);
            case Expr.UnaryExpr u -> updateExprType(u.x(), t);
            case Expr.BinaryExpr bin -> {
                switch (bin.op()) {
                    case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {}
                    case SHL, SHR -> updateExprType(bin.x(), t);
                    default -> {
                        updateExprType(bin.x(), t);
                        updateExprType(bin.y(), t);
                    }
                }
            }
            default -> {}
        }
        Constant v = tv.value();
        if (v != null && t.underlying() instanceof Basic tb) {
            Constant[] out = new Constant[1];
            if (ConstEval.representable(v, tb, out) == ConstEval.Fit.OK) {
                v = out[0];
            }
        }
        info.types.put(e, new Info.TypeAndValue(tv.mode(), t, v));
    }

    /** Untyped expressions left untyped (e.g. an if condition) get their default types. */
    void finishTypes() {
        for (Map.Entry<Expr, Info.TypeAndValue> en : new ArrayList<>(info.types.entrySet())) {
            Info.TypeAndValue tv = en.getValue();
            if (tv.type() instanceof Basic b && b.isUntyped() && b != Types.UNTYPED_NIL) {
                updateExprType(en.getKey(), defaultType(b));
            }
        }
    }

    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Types.BOOL;
                case UNTYPED_INT -> Types.INT;
                case UNTYPED_RUNE -> Types.RUNE;
                case UNTYPED_FLOAT -> Types.FLOAT64;
                case UNTYPED_STRING -> Types.STRING;
                default -> t;
            };
        }
        return t;
    }
}
