package gomini.check;

import gomini.ast.Expr;
import gomini.ast.Node;
import gomini.ast.Stmt;
import gomini.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Everything the checker learned that the compiler needs, in side tables keyed by node identity
 * (AST records compare by content, so these must be identity maps).
 */
public final class Info {

    /** How an expression may be used. */
    public enum Mode { VALUE, VARIABLE, CONSTANT, TYPE, VOID, BUILTIN, PACKAGE, COMMA_OK }

    /**
     * An expression's mode, its type (an untyped constant's type is its final type in context: the
     * target it converts to, or its default type), and its value when constant. For a multi-valued call
     * the type is a Tuple. COMMA_OK marks map index, type assertion and receive expressions used in a
     * two-value assignment, whose type is the value's type (the bool is implicit).
     */
    public record TypeAndValue(Mode mode, Type type, Constant value) {}

    /** Every expression that was checked. */
    public final IdentityHashMap<Expr, TypeAndValue> types = new IdentityHashMap<>();

    /** Identifiers that declare something (var, const, type, func, param, label excluded). */
    public final IdentityHashMap<Expr.Ident, Symbol> defs = new IdentityHashMap<>();

    /** Identifiers that refer to something. Inside a closure, a captured variable resolves to its CAPTURE var. */
    public final IdentityHashMap<Expr.Ident, Symbol> uses = new IdentityHashMap<>();

    /** Field selections, method values and method expressions: how to reach the field or method. */
    public final IdentityHashMap<Expr.SelectorExpr, Selection> selections = new IdentityHashMap<>();

    /** Frame layout of every function body: FuncDecl and FuncLit nodes. */
    public final IdentityHashMap<Node, FuncInfo> funcs = new IdentityHashMap<>();

    /** The method object (on its receiver's Named type) that each method declaration defines. */
    public final IdentityHashMap<gomini.ast.Decl.FuncDecl, gomini.types.Func> methods = new IdentityHashMap<>();

    /** The variable a type switch with {@code x := y.(type)} declares in each case clause. */
    public final IdentityHashMap<Stmt.CaseClause, Symbol.Var> implicits = new IdentityHashMap<>();

    /**
     * Package-level variables with initializers, in the order the spec's dependency analysis gives. With
     * several packages: all of them, package after package in {@link #packages} order (each package's
     * list is also in its {@link PackageInfo#initOrder}). A program must run, per package, its variables
     * and then its init functions before the next package's: use {@link #packages} for that.
     */
    public final List<Initializer> initOrder = new ArrayList<>();

    /** Number of package-level variables of the whole program (the size of the globals array). */
    public int globalCount;

    /**
     * The program's packages in initialization order: dependencies first, main last (just main when the
     * program was checked with {@code Checker.check(List<File>)}). Run, for each in turn, its initOrder
     * then its inits, then main.main.
     */
    public final List<PackageInfo> packages = new ArrayList<>();

    /**
     * The package of every function and method declaration (init functions included): the compiler names
     * functions after it for tracebacks, as Go's runtime does: {@code path + "." + name}, e.g.
     * {@code samples/pool.New}, {@code samples/runner.(*Runner).Start}, {@code main.main}.
     */
    public final IdentityHashMap<gomini.ast.Decl.FuncDecl, PackageInfo> funcPackages = new IdentityHashMap<>();

    /**
     * A checked package. path: the import path ("samples/pool"; "main" for the main package, which is how
     * Go's runtime prefixes its functions); name: the package clause's name, which is also what
     * {@link gomini.types.Named#pkg()} holds for its types (fmt's %T and panics print {@code *pool.Pool});
     * files: its files; initOrder: its variables' initializers (as in {@link Info#initOrder}); inits: its
     * init functions in file then source order.
     */
    public record PackageInfo(String path, String name, List<gomini.ast.File> files, List<Initializer> initOrder,
            List<gomini.ast.Decl.FuncDecl> inits) {
        /** All files of all packages, in initialization order (what the compiler compiles). */
        public static List<gomini.ast.File> allFiles(List<PackageInfo> packages) {
            List<gomini.ast.File> out = new ArrayList<>();
            for (PackageInfo p : packages) {
                out.addAll(p.files());
            }
            return out;
        }
    }

    /**
     * A selection x.f. path: field indexes from x's (dereferenced) struct type through embedded fields;
     * for FIELD the last index is the field; for METHOD_VALUE/METHOD_EXPR the path leads to the embedded
     * value whose type has the method. Where a step goes through a pointer (x itself a pointer, or an
     * embedded *T), that step derefs implicitly; with our representation a pointer to a struct is the
     * StructValue itself, so the walk is the same either way except for nil checks.
     */
    public record Selection(Kind kind, Type recv, int[] path, gomini.types.Func method, Type type) {
        public enum Kind { FIELD, METHOD_VALUE, METHOD_EXPR, INTERFACE_METHOD }
    }

    /**
     * A function's frame: slot count, its parameter and result variables (in order, with slots), and for
     * a closure the variables it captures (its CAPTURE vars, whose outer field says where from).
     */
    public record FuncInfo(int frameSize, List<Symbol.Var> params, List<Symbol.Var> results, List<Symbol.Var> captures) {}

    /** {@code var a, b = f()} or {@code var x = e}: lhs vars (GLOBAL, maybe "_" as null) and the value. */
    public record Initializer(List<Symbol.Var> lhs, Expr value) {}
}
