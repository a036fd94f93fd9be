package gomini.lib;

import gomini.check.Constant;
import gomini.runtime.GoFunc;
import gomini.runtime.ProgramIO;
import gomini.types.Signature;
import gomini.types.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A standard-library package implemented in Java: its exported members with their Go types. The
 * checker resolves {@code pkg.Name} against members(); the compiler calls the impls.
 */
public final class GoPackage {

    public sealed interface Member {}

    public record FuncMember(Signature sig, GoFunc impl) implements Member {}

    /** A type (its methods, with their GoFunc impls, are on the types.Func objects of a Named). */
    public record TypeMember(Type type) implements Member {}

    /**
     * A package variable (os.Args, os.Stdout): initial makes its value once per program run, from that
     * run's ProgramIO (os.Args needs the program's arguments).
     */
    public record VarMember(Type type, Function<ProgramIO, Object> initial) implements Member {}

    public record ConstMember(Type type, Constant value) implements Member {}

    private final String path;
    private final String name;
    private final Map<String, Member> members = new LinkedHashMap<>();

    public GoPackage(String path) {
        this.path = path;
        this.name = path.substring(path.lastIndexOf('/') + 1);
    }

    /** The import path ("math/rand"). */
    public String path() {
        return path;
    }

    /** The package name ("rand"). */
    public String name() {
        return name;
    }

    public Map<String, Member> members() {
        return members;
    }

    public Member member(String name) {
        return members.get(name);
    }

    public GoPackage func(String name, Signature sig, GoFunc impl) {
        members.put(name, new FuncMember(sig, impl));
        return this;
    }

    public GoPackage type(String name, Type type) {
        members.put(name, new TypeMember(type));
        return this;
    }

    public GoPackage var(String name, Type type, Function<ProgramIO, Object> initial) {
        members.put(name, new VarMember(type, initial));
        return this;
    }

    public GoPackage constant(String name, Type type, Constant value) {
        members.put(name, new ConstMember(type, value));
        return this;
    }
}
