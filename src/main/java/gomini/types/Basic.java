package gomini.types;

import java.util.Objects;

/** A predeclared type, or the type of an untyped constant. byte and rune are the uint8 and int32 objects. */
public record Basic(Kind kind, String name) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof Basic b && kind == b.kind && Objects.equals(name, b.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(kind) + Objects.hashCode(name);
    }


    public enum Kind {
        INVALID, BOOL,
        INT, INT8, INT16, INT32, INT64,
        UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128,
        STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_NIL
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT,
                 UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return kind.name().startsWith("UNTYPED");
    }

    /** Size in bits of a sized integer or float type (int, uint, uintptr are 64). */
    public int bits() {
        return switch (kind) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            default -> 64;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
