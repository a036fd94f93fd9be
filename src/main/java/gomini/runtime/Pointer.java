package gomini.runtime;

/**
 * A pointer to a non-struct, non-array location: a boxed variable (Cell), a slice or array element,
 * or a struct field. (Pointers to structs and arrays are the StructValue/ArrayValue itself; nil is null.)
 * Two pointers are == when they designate the same location: implementations define equals so.
 */
public interface Pointer {
    Object load();

    void store(Object v);
}
