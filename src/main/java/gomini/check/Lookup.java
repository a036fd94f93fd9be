package gomini.check;

import gomini.types.Func;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Struct;
import gomini.types.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field and method lookup through embedded fields, shallowest depth first (the spec's "Selectors"):
 * at each depth a unique match wins, two matches are ambiguous.
 */
final class Lookup {
    private Lookup() {}

    enum Kind { FIELD, METHOD, IMETHOD, AMBIGUOUS }

    /**
     * path: embedded-field indexes to the struct holding the field (the field's index last) or to the
     * value whose type has the method. indirect: the way there went through a pointer. pkg: the package
     * name of the defined type declaring the field or method (null when unknown, e.g. a struct literal
     * type): a lower-case name is only visible from that package.
     */
    record Result(Kind kind, int[] path, Struct.Field field, Func method, Interface.Method imethod, boolean indirect, Type recv,
            String pkg) {}

    private record Entry(Type type, int[] path, boolean indirect) {}

    static Result find(Type t, String name) {
        boolean indirect = false;
        if (t instanceof Pointer p && p.elem() instanceof Named) {
            t = p.elem();
            indirect = true;
        } else if (t instanceof Pointer p && p.elem().underlying() instanceof Struct) {
            t = p.elem();
            indirect = true;
        }
        List<Entry> current = List.of(new Entry(t, new int[0], indirect));
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            Result found = null;
            int count = 0;
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Named n) {
                    if (!seen.add(n)) {
                        continue;
                    }
                    Func m = n.method(name);
                    if (m != null) {
                        count++;
                        found = new Result(Kind.METHOD, e.path(), null, m, null, e.indirect(), n, n.pkg());
                        continue;
                    }
                    typ = n.underlying();
                }
                if (typ instanceof Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Struct.Field f = s.fields().get(i);
                        int[] p = Arrays.copyOf(e.path(), e.path().length + 1);
                        p[p.length - 1] = i;
                        if (f.name().equals(name)) {
                            count++;
                            found = new Result(Kind.FIELD, p, f, null, null, e.indirect(), null,
                                    e.type() instanceof Named owner ? owner.pkg() : null);
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean ind = e.indirect();
                            if (ft instanceof Pointer fp) {
                                ft = fp.elem();
                                ind = true;
                            }
                            next.add(new Entry(ft, p, ind));
                        }
                    }
                } else if (typ instanceof Interface it) {
                    Interface.Method m = it.method(name);
                    if (m != null) {
                        count++;
                        found = new Result(Kind.IMETHOD, e.path(), null, null, m, e.indirect(), e.type(),
                                e.type() instanceof Named owner ? owner.pkg() : null);
                    }
                }
            }
            if (count == 1) {
                return found;
            }
            if (count > 1) {
                return new Result(Kind.AMBIGUOUS, null, null, null, null, false, null, null);
            }
            current = next;
        }
        return null;
    }
}
