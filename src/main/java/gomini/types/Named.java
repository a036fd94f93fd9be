package gomini.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type Point struct{...}}, {@code time.Duration}). Mutable while the checker
 * builds it (the underlying type may refer back to it), then left alone. Identity is object identity.
 */
public final class Named implements Type {
    private final String pkg;
    private final String name;
    private Type underlying;
    /** Methods declared with this type (value or pointer receiver), in declaration order. */
    private final List<Func> methods = new ArrayList<>();

    public Named(String pkg, String name, Type underlying) {
        this.pkg = pkg;
        this.name = name;
        this.underlying = underlying;
    }

    /** The package path ("main", "time", "sync"), or "" for the predeclared {@code error}. */
    public String pkg() {
        return pkg;
    }

    public String name() {
        return name;
    }

    @Override
    public Type underlying() {
        return underlying;
    }

    public void setUnderlying(Type underlying) {
        this.underlying = underlying;
    }

    public List<Func> methods() {
        return methods;
    }

    public Func method(String name) {
        for (Func f : methods) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return pkg.isEmpty() ? name : pkg + "." + name;
    }
}
