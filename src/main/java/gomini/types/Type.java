package gomini.types;

import java.util.List;

/**
 * Go types, named as in go/types. Every type but Named is a record and is interned by {@link Types}
 * (build them only through its factory methods), so two identical types are the same object and
 * {@code ==} is Go's type identity. A Named type is identical only to itself.
 */
public sealed interface Type permits Basic, Named, Pointer, Slice, Array, Map, Chan, Signature, Struct, Interface, Tuple {

    /** The underlying type (itself for all but Named). */
    default Type underlying() {
        return this;
    }

    /** How Go prints the type with %T and in panics: package-qualified names, e.g. {@code []main.Point}. */
    String toString();
}
