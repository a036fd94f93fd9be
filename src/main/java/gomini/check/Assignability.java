package gomini.check;

import gomini.types.Basic;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Pointer;
import gomini.types.Signature;
import gomini.types.Slice;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;

/** The spec's assignability, convertibility and interface-implementation rules. */
final class Assignability {
    private Assignability() {}

    /** Defined types and the predeclared ones are named; composite type literals are not. */
    static boolean named(Type t) {
        return t instanceof Named || t instanceof gomini.types.Basic;
    }

    static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Slice || u instanceof gomini.types.Map || u instanceof Chan
                || u instanceof Signature || u instanceof Interface || u == Types.UNTYPED_NIL;
    }

    /** Whether a (typed, or nil) value of type v is assignable to t; cause explains a failed interface match. */
    static boolean assignable(Type v, Type t, StringBuilder cause) {
        if (v == t || v == Types.INVALID || t == Types.INVALID) {
            return true;
        }
        if (v == Types.UNTYPED_NIL) {
            return hasNil(t);
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (vu == tu && (!named(v) || !named(t))) {
            return true;
        }
        if (tu instanceof Interface it) {
            String why = missingMethod(v, it);
            if (why == null) {
                return true;
            }
            if (cause != null) {
                cause.append(TypeString.of(v)).append(" does not implement ").append(TypeString.of(t))
                        .append(" ").append(why);
            }
            return false;
        }
        if (vu instanceof Chan vc && tu instanceof Chan tc && vc.dir() == Chan.Dir.BOTH && vc.elem() == tc.elem()
                && (!named(v) || !named(t))) {
            return true;
        }
        if (vu instanceof Interface && !(tu instanceof Interface) && cause != null) {
            cause.append("need type assertion");
        }
        return false;
    }

    /**
     * Why type v does not implement interface it ("(missing method M)", "(method M has pointer receiver)",
     * "(wrong type for method M)..."), or null when it does.
     */
    static String missingMethod(Type v, Interface it) {
        for (Interface.Method m : it.methods()) {
            if (v.underlying() instanceof Interface vi) {
                Interface.Method have = vi.method(m.name());
                if (have == null) {
                    return "(missing method " + m.name() + ")";
                }
                if (have.sig() != m.sig()) {
                    return wrongType(m.name(), have.sig(), m.sig());
                }
                continue;
            }
            Lookup.Result r = Lookup.find(v, m.name());
            if (r == null || r.kind() == Lookup.Kind.FIELD) {
                return "(missing method " + m.name() + ")";
            }
            Signature have = r.kind() == Lookup.Kind.METHOD ? r.method().sig() : r.imethod().sig();
            if (have != m.sig()) {
                return wrongType(m.name(), have, m.sig());
            }
            if (r.kind() == Lookup.Kind.METHOD && r.method().pointerRecv() && !r.indirect()) {
                return "(method " + m.name() + " has pointer receiver)";
            }
        }
        return null;
    }

    private static String wrongType(String name, Signature have, Signature want) {
        StringBuilder h = new StringBuilder(name);
        TypeString.signature(h, have);
        StringBuilder w = new StringBuilder(name);
        TypeString.signature(w, want);
        return "(wrong type for method " + name + ")\n\t\thave " + h + "\n\t\twant " + w;
    }

    /** Whether a non-constant value of type v converts to t (spec "Conversions"). */
    static boolean convertible(Type v, Type t) {
        if (assignable(v, t, null)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (vu instanceof Pointer vp && tu instanceof Pointer tp
                && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if (vu instanceof Basic vb && tu instanceof Basic tb) {
            if ((vb.isInteger() || vb.isFloat()) && (tb.isInteger() || tb.isFloat())) {
                return true;
            }
            if (vb.isComplex() && tb.isComplex()) {
                return true;
            }
            if (vb.isInteger() && tb.isString()) {
                return true;
            }
            if (vb.isString() && tb.isString()) {
                return true;
            }
        }
        if (vu instanceof Basic vb && vb.isString() && isBytesOrRunes(tu)) {
            return true;
        }
        if (tu instanceof Basic tb && tb.isString() && isBytesOrRunes(vu)) {
            return true;
        }
        if (vu instanceof Slice s && tu instanceof Pointer p && p.elem().underlying() instanceof gomini.types.Array a
                && a.elem() == s.elem()) {
            return true;
        }
        return false;
    }

    static boolean isBytesOrRunes(Type t) {
        return t instanceof Slice s && (s.elem().underlying() == Types.UINT8 || s.elem().underlying() == Types.INT32);
    }

    private static boolean identicalIgnoreTags(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Struct sa && b instanceof Struct sb && sa.fields().size() == sb.fields().size()) {
            for (int i = 0; i < sa.fields().size(); i++) {
                Struct.Field fa = sa.fields().get(i);
                Struct.Field fb = sb.fields().get(i);
                if (!fa.name().equals(fb.name()) || fa.embedded() != fb.embedded() || fa.type() != fb.type()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The untyped kinds ordered int < rune < float, for mixing untyped numeric constants. */
    static int rank(Basic b) {
        return switch (b.kind()) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            default -> 0;
        };
    }
}
