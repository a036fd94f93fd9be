package gomini.interp;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import java.util.List;

/** A compiled program: its globals, package initialization and main. */
public final class Program {
    final Object[] globals;
    final FunctionCode init;
    final List<FunctionCode> initFuncs;
    final FunctionCode main;

    Program(Object[] globals, FunctionCode init, List<FunctionCode> initFuncs, FunctionCode main) {
        this.globals = globals;
        this.init = init;
        this.initFuncs = initFuncs;
        this.main = main;
    }

    /** What goroutine 1 runs: package initialization, init functions, then main.main. */
    public GoFunc entry() {
        return (Goroutine g, Object[] args) -> {
            init.call(g, new Object[0], null);
            for (FunctionCode f : initFuncs) {
                f.call(g, new Object[0], null);
            }
            main.call(g, new Object[0], null);
            return null;
        };
    }
}
