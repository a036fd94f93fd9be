package gomini.interp;

import gomini.runtime.GoPanic;
import gomini.runtime.SliceValue;
import gomini.runtime.Values;

/** Slice operations with Go's growth policy and bounds-check messages. */
public final class Slices {
    private Slices() {}

    private static final int[] SIZE_CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    /** The allocation size Go's malloc rounds a request up to. */
    static long roundUpSize(long size) {
        if (size <= 32768) {
            int lo = 0;
            int hi = SIZE_CLASSES.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (SIZE_CLASSES[mid] >= size) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return SIZE_CLASSES[lo];
        }
        long page = 8192;
        return (size + page - 1) / page * page;
    }

    /** growslice: the new capacity for a slice of capacity oldCap that must hold needed elements. */
    public static int grownCap(int oldCap, int needed, long elemSize) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else if (oldCap < 256) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < needed) {
                newcap += (newcap + 3 * 256) / 4;
            }
            if (newcap <= 0) {
                newcap = needed;
            }
        }
        if (elemSize == 0) {
            return needed;
        }
        long mem = roundUpSize(newcap * elemSize);
        return (int) (mem / elemSize);
    }

    /** append(s, vals...) where vals are already copied as new values. */
    public static SliceValue append(SliceValue s, Object[] vals, int n, long elemSize, Object zero) {
        if (n == 0) {
            return s;
        }
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        int newLen = len + n;
        if (newLen <= cap) {
            System.arraycopy(vals, 0, s.array, s.offset + len, n);
            return new SliceValue(s.array, s.offset, newLen, cap);
        }
        int newCap = grownCap(cap, newLen, elemSize);
        Object[] arr = new Object[newCap];
        if (s != null) {
            System.arraycopy(s.array, s.offset, arr, 0, len);
        }
        System.arraycopy(vals, 0, arr, len, n);
        fillZero(arr, newLen, newCap, zero);
        return new SliceValue(arr, 0, newLen, newCap);
    }

    /** append of one element (the common case, without an args array). */
    public static SliceValue append1(SliceValue s, Object v, long elemSize, Object zero) {
        if (s != null && s.len < s.cap) {
            s.array[s.offset + s.len] = v;
            return new SliceValue(s.array, s.offset, s.len + 1, s.cap);
        }
        return append(s, new Object[] {v}, 1, elemSize, zero);
    }

    /**
     * Fills the spare capacity with zero values: cells beyond len are reachable by reslicing. For struct
     * and array elements zero is null and the caller must pass a maker; see {@link #fillZero}.
     */
    static void fillZero(Object[] arr, int from, int to, Object zero) {
        if (zero instanceof gomini.types.Type t) {
            for (int i = from; i < to; i++) {
                arr[i] = gomini.runtime.Zero.of(t);
            }
        } else if (zero != null) {
            java.util.Arrays.fill(arr, from, to, zero);
        }
    }

    /** copy(dst, src); inline: the elements are structs or arrays held by value. */
    public static int copy(SliceValue dst, SliceValue src, boolean inline) {
        if (dst == null || src == null) {
            return 0;
        }
        int n = Math.min(dst.len, src.len);
        if (inline) {
            Object[] tmp = new Object[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = Values.copy(src.array[src.offset + i]);
            }
            System.arraycopy(tmp, 0, dst.array, dst.offset, n);
        } else {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    public static GoPanic indexOutOfRange(long i, int len) {
        if (i < 0) {
            return GoPanic.runtimeError("index out of range [" + i + "]");
        }
        return GoPanic.runtimeError("index out of range [" + i + "] with length " + len);
    }

    /** Checks s[low:high:max] against capacity cap (len for strings) and panics as Go does. */
    public static void checkSlice(long low, long high, long max, int cap, boolean three, boolean isString) {
        String capWord = isString ? "length" : "capacity";
        if (three) {
            if (max < 0 || max > cap) {
                throw GoPanic.runtimeError("slice bounds out of range [::" + max + "] with " + capWord + " " + cap);
            }
            if (high < 0 || high > max) {
                throw GoPanic.runtimeError("slice bounds out of range [:" + high + ":" + max + "]");
            }
            if (low < 0 || low > high) {
                throw GoPanic.runtimeError("slice bounds out of range [" + low + ":" + high + ":]");
            }
            return;
        }
        if (high < 0 || high > cap) {
            throw GoPanic.runtimeError("slice bounds out of range [:" + high + "] with " + capWord + " " + cap);
        }
        if (low < 0 || low > high) {
            throw GoPanic.runtimeError("slice bounds out of range [" + low + ":" + high + "]");
        }
    }
}
