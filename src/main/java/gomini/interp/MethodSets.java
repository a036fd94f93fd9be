package gomini.interp;

import gomini.runtime.GoFunc;
import gomini.types.Type;

/**
 * Finding a method by name on a dynamic type (for interface method calls, type switches and panic
 * printing). The lookup itself, with Go's method-set rules, promotion through embedded fields and
 * receiver adjustment, is {@link gomini.runtime.Methods}, shared with the standard library.
 */
public final class MethodSets {
    private MethodSets() {}

    /** Forgets cached method sets (a REPL session added or replaced methods). */
    static void clearCache() {
        gomini.runtime.Methods.clearCache();
    }

    /** The method, or null when the type has none by that name. */
    public static GoFunc find(Type dyn, String name) {
        return gomini.runtime.Methods.lookup(dyn, name);
    }
}
