package gomini.check;

import gomini.types.Types;
import java.util.List;

/** The predeclared identifiers: types, true/false/iota, nil, and the builtin functions. */
final class Universe {
    private Universe() {}

    static final List<String> BUILTINS = List.of("append", "cap", "clear", "close", "complex", "copy", "delete",
            "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover");

    /** A fresh universe scope (scopes are cheap; sharing one across checks would leak state). */
    static Scope create() {
        Scope s = new Scope(null, null);
        type(s, "bool", Types.BOOL);
        type(s, "int", Types.INT);
        type(s, "int8", Types.INT8);
        type(s, "int16", Types.INT16);
        type(s, "int32", Types.INT32);
        type(s, "int64", Types.INT64);
        type(s, "uint", Types.UINT);
        type(s, "uint8", Types.UINT8);
        type(s, "uint16", Types.UINT16);
        type(s, "uint32", Types.UINT32);
        type(s, "uint64", Types.UINT64);
        type(s, "uintptr", Types.UINTPTR);
        type(s, "float32", Types.FLOAT32);
        type(s, "float64", Types.FLOAT64);
        type(s, "complex64", Types.COMPLEX64);
        type(s, "complex128", Types.COMPLEX128);
        type(s, "string", Types.STRING);
        type(s, "byte", Types.BYTE);
        type(s, "rune", Types.RUNE);
        type(s, "error", Types.ERROR);
        type(s, "any", Types.ANY);
        s.put("true", new Symbol.Const("true", Types.UNTYPED_BOOL, new Constant.Bool(true)));
        s.put("false", new Symbol.Const("false", Types.UNTYPED_BOOL, new Constant.Bool(false)));
        s.put("iota", new Symbol.Const("iota", Types.UNTYPED_INT, Constant.of(0)));
        s.put("nil", new Symbol.Nil());
        for (String b : BUILTINS) {
            s.put(b, new Symbol.Builtin(b));
        }
        return s;
    }

    private static void type(Scope s, String name, gomini.types.Type t) {
        s.put(name, new Symbol.TypeName(name, t));
    }
}
