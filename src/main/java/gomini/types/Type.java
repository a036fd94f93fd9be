package gomini.types;

import java.util.List;

/**
 * Go types, named as in go/types. Every type but Named is a record and is interned by {@link Types}
 * (build them only through its factory methods), so two identical types are the same object and
 * {@code ==} is Go's type identity. A Named type is identical only to itself.
 *
 * <p>The records spell out equals and hashCode, component by component and nulls allowed, as a
 * record's own do. The generated ones are linked by invokedynamic on first use, and linking them spins
 * method-handle classes at run time that the launcher's class archive cannot keep; interning hashes types
 * from the first declaration checked, so every run paid for it: ~30 ms of hello.go's ~0.2 s (14 classes).
 */
public sealed interface Type permits Basic, Named, Pointer, Slice, Array, Map, Chan, Signature, Struct, Interface, Tuple {

    /** The underlying type (itself for all but Named). */
    default Type underlying() {
        return this;
    }

    /** How Go prints the type with %T and in panics: package-qualified names, e.g. {@code []main.Point}. */
    String toString();
}
