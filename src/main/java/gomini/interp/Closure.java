package gomini.interp;

import gomini.runtime.Cell;
import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;

/** A Go func value for compiled code: the function and the variables it captured. */
public final class Closure implements GoFunc {
    final FunctionCode code;
    final Cell[] captures;

    public Closure(FunctionCode code, Cell[] captures) {
        this.code = code;
        this.captures = captures;
    }

    @Override
    public Object call(Goroutine g, Object[] args) {
        return code.call(g, args, captures);
    }

    @Override
    public String toString() {
        return code.name;
    }
}
