package gomini.runtime;

import java.util.HashMap;

/**
 * A non-nil Go map (a nil map is Java null). Keys are Go values whose Java equals/hashCode are Go's
 * ==: Long, Double (normalized so that -0.0 and 0.0 are one key), String, Boolean, Iface, StructValue,
 * ArrayValue, and reference values (pointers, channels) by identity.
 */
public final class MapValue {
    public final HashMap<Object, Object> entries;

    public MapValue(int sizeHint) {
        entries = new HashMap<>(Math.max(4, sizeHint * 2));
    }

    public static Object key(Object k) {
        if (k instanceof Double d && d == 0.0) {
            return 0.0;
        }
        return k;
    }
}
