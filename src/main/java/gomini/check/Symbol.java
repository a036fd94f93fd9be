package gomini.check;

import gomini.ast.Decl;
import gomini.ast.Pos;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;

/** What an identifier denotes, as the checker resolved it. */
public sealed interface Symbol {
    String name();

    Type type();

    /**
     * A variable. Locals (params, results, locals, and captures) have a slot in the frame of exactly
     * one function; globals have an index in the program's globals array.
     */
    final class Var implements Symbol {
        public enum Kind { LOCAL, PARAM, RESULT, CAPTURE, GLOBAL }

        private final String name;
        private final Type type;
        private final Pos pos;
        private final Kind kind;
        /** Frame slot (LOCAL/PARAM/RESULT/CAPTURE) or globals index (GLOBAL); set by the checker. */
        public int index = -1;
        /**
         * True when the variable must live in a {@link gomini.runtime.Cell}: a closure captures it or its
         * address is taken (for struct/array types, whose pointer is the value itself, only capture counts).
         * A CAPTURE var's slot always holds the Cell of the outer variable.
         */
        public boolean boxed;
        /** For CAPTURE: the variable it captures, as seen from the enclosing function (itself maybe a CAPTURE). */
        public Var outer;
        /** True once a use is seen; drives "declared and not used". */
        public boolean used;

        public Var(String name, Type type, Pos pos, Kind kind) {
            this.name = name;
            this.type = type;
            this.pos = pos;
            this.kind = kind;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Type type() {
            return type;
        }

        public Pos pos() {
            return pos;
        }

        public Kind kind() {
            return kind;
        }

        @Override
        public String toString() {
            return "var " + name + " " + type + " [" + kind + " " + index + (boxed ? " boxed" : "") + "]";
        }
    }

    /** A constant; value is its exact value (see {@link Constant}). */
    record Const(String name, Type type, Constant value) implements Symbol {}

    /** A type name (declared, predeclared, or alias). */
    record TypeName(String name, Type type) implements Symbol {}

    /**
     * A package-level function or a method of a user package; decl is its declaration, pkg its package's
     * import path ("main" for the main package, "samples/pool" for a user package).
     */
    record Func(String name, Signature type, Decl.FuncDecl decl, String pkg) implements Symbol {}

    /** A function of a standard-library package, implemented natively (see the lib registry). */
    record NativeFunc(String name, Signature type, String pkg, Object impl) implements Symbol {}

    /** A variable of a standard-library package (os.Args): pkg is its import path. */
    record NativeVar(String name, Type type, String pkg) implements Symbol {}

    /** An imported package name. */
    record PkgName(String name, String path) implements Symbol {
        @Override
        public Type type() {
            return null;
        }
    }

    /** A predeclared function: len, cap, append, copy, delete, make, new, panic, recover, print, println, min, max, clear, close. */
    record Builtin(String name) implements Symbol {
        @Override
        public Type type() {
            return null;
        }
    }

    /** The predeclared nil. */
    record Nil() implements Symbol {
        @Override
        public String name() {
            return "nil";
        }

        @Override
        public Type type() {
            return gomini.types.Types.UNTYPED_NIL;
        }
    }
}
