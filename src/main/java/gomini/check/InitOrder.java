package gomini.check;

import gomini.ast.Decl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spec's package initialization order: repeatedly the earliest variable (in declaration order)
 * that has no dependency on an uninitialized variable. Dependencies go through function bodies.
 */
final class InitOrder {
    private final Checker c;

    InitOrder(Checker c) {
        this.c = c;
    }

    /** This package's initializers in order (also appended to the program-wide Info.initOrder). */
    List<Info.Initializer> compute() {
        List<Info.Initializer> order = new ArrayList<>();
        DeclCollector d = c.decls;
        List<DeclCollector.Obj> vars = new ArrayList<>();
        for (DeclCollector.Obj o : d.ordered) {
            if (o.kind == DeclCollector.Kind.VAR) {
                vars.add(o);
            }
        }
        IdentityHashMap<DeclCollector.Obj, Set<DeclCollector.Obj>> varDeps = new IdentityHashMap<>();
        for (DeclCollector.Obj v : vars) {
            varDeps.put(v, transitiveVars(v));
        }
        Set<DeclCollector.Obj> done = new HashSet<>();
        Set<Info.Initializer> emitted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (done.size() < vars.size()) {
            DeclCollector.Obj next = null;
            for (DeclCollector.Obj v : vars) {
                if (done.contains(v)) {
                    continue;
                }
                boolean ready = true;
                for (DeclCollector.Obj dep : varDeps.get(v)) {
                    if (dep != v && !done.contains(dep) && !v.group.contains(dep)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = v;
                    break;
                }
            }
            if (next == null) {
                // a cycle: Go reports "initialization cycle"; fall back to declaration order
                for (DeclCollector.Obj v : vars) {
                    if (!done.contains(v)) {
                        next = v;
                        break;
                    }
                }
            }
            List<DeclCollector.Obj> batch = next.init != null && next.init.lhs().size() > 1 ? next.group : List.of(next);
            done.addAll(batch);
            if (next.init != null && emitted.add(next.init)) {
                c.info.initOrder.add(next.init);
                order.add(next.init);
            }
        }
        return order;
    }

    /** The package-level variables v depends on, directly or through the functions and methods it uses. */
    private Set<DeclCollector.Obj> transitiveVars(DeclCollector.Obj v) {
        Set<DeclCollector.Obj> out = new LinkedHashSet<>();
        Set<Object> seen = new HashSet<>();
        List<Object> work = new ArrayList<>(v.deps);
        while (!work.isEmpty()) {
            Object o = work.remove(work.size() - 1);
            if (!seen.add(o)) {
                continue;
            }
            if (o instanceof DeclCollector.Obj obj) {
                if (obj.kind == DeclCollector.Kind.VAR) {
                    out.add(obj);
                } else {
                    work.addAll(obj.deps);
                }
            } else if (o instanceof Decl.FuncDecl m) {
                Set<Object> md = c.decls.methodDeps.get(m);
                if (md != null) {
                    work.addAll(md);
                }
            }
        }
        return out;
    }
}
