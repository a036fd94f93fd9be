package gomini.runtime;

/**
 * A Go function value: a compiled function, a closure, a bound method or a native (standard-library)
 * function, all called the same way.
 *
 * <p>Arguments are Go values (see {@code package-info}); a method gets its receiver as args[0]; a
 * variadic function gets its trailing arguments already packed into a slice. The result is null
 * for no results, the value for one, and an {@code Object[]} for several.
 */
@FunctionalInterface
public interface GoFunc {
    Object call(Goroutine g, Object[] args);
}
