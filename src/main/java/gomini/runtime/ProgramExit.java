package gomini.runtime;

/**
 * Thrown in a goroutine after the program has ended (main returned, os.Exit, a fatal error, an
 * unrecovered panic elsewhere, a deadlock) to unwind it without running anything more. It is an
 * {@link Error}, not a {@link GoPanic}: interpreted code never catches it and deferred calls must not run
 * (Go runs no defers on os.Exit or when main returns). The scheduler's goroutine wrapper swallows it.
 */
public final class ProgramExit extends Error {
    static final ProgramExit INSTANCE = new ProgramExit();

    private ProgramExit() {
        super("program exited", null, false, false);
    }
}
