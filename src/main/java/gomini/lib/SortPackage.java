package gomini.lib;

import gomini.runtime.GoFunc;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Struct;
import gomini.types.Type;
import gomini.types.Types;
import java.util.Arrays;
import java.util.List;

/**
 * Package sort. Sorting by a less function is stable (a merge on indexes, then one permutation of the
 * slice), which for up to 12 elements is exactly the order Go's insertion sort gives; sort.Sort and
 * sort.Stable run Go's own stable algorithm (insertion-sorted blocks + SymMerge) through Less and Swap.
 */
public final class SortPackage {
    private SortPackage() {}

    private static final Type I = Types.INT;
    private static final Signature LEN = Natives.sig(List.of(), List.of(I));
    private static final Signature LESS = Natives.sig(List.of(I, I), List.of(Types.BOOL));
    private static final Signature SWAP = Natives.sig(List.of(I, I), List.of());

    public static final Named INTERFACE = new Named("sort", "Interface", Types.iface(List.of(
            new Interface.Method("Len", LEN), new Interface.Method("Less", LESS),
            new Interface.Method("Swap", SWAP))));
    static final Named REVERSE = new Named("sort", "reverse",
            Types.struct(List.of(new Struct.Field("Interface", INTERFACE, true, null))));
    public static final Named INT_SLICE = new Named("sort", "IntSlice", Types.slice(Types.INT));
    public static final Named STRING_SLICE = new Named("sort", "StringSlice", Types.slice(Types.STRING));
    public static final Named FLOAT64_SLICE = new Named("sort", "Float64Slice", Types.slice(Types.FLOAT64));

    static {
        Natives.method(REVERSE, "Less", LESS, false, (g, a) -> {
            Iface data = (Iface) ((StructValue) a[0]).fields[0];
            return Methods.lookup(data.type(), "Less").call(g, new Object[] {data.value(), a[2], a[1]});
        });
        for (Named n : List.of(INT_SLICE, STRING_SLICE, FLOAT64_SLICE)) {
            Natives.method(n, "Len", LEN, false, (g, a) -> a[0] == null ? 0L : (long) ((SliceValue) a[0]).len);
            Natives.method(n, "Swap", SWAP, false, (g, a) -> {
                SliceValue s = (SliceValue) a[0];
                int i = idx(a[1]);
                int j = idx(a[2]);
                Object t = s.get(i);
                s.set(i, s.get(j));
                s.set(j, t);
                return null;
            });
            Natives.method(n, "Sort", Natives.sig(List.of(), List.of()), false, (g, a) -> {
                sortWindow((SliceValue) a[0], n == INT_SLICE ? 'i' : n == STRING_SLICE ? 's' : 'f');
                return null;
            });
        }
        Natives.method(INT_SLICE, "Less", LESS, false,
                (g, a) -> (Long) elem(a[0], a[1]) < (Long) elem(a[0], a[2]));
        Natives.method(STRING_SLICE, "Less", LESS, false,
                (g, a) -> ((String) elem(a[0], a[1])).compareTo((String) elem(a[0], a[2])) < 0);
        Natives.method(FLOAT64_SLICE, "Less", LESS, false,
                (g, a) -> floatLess((Double) elem(a[0], a[1]), (Double) elem(a[0], a[2])));
    }

    private static Object elem(Object slice, Object i) {
        return ((SliceValue) slice).get(idx(i));
    }

    private static int idx(Object v) {
        return (int) (long) (Long) v;
    }

    private static boolean floatLess(double x, double y) {
        return x < y || (Double.isNaN(x) && !Double.isNaN(y));
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("sort");
        p.type("Interface", INTERFACE);
        p.type("IntSlice", INT_SLICE);
        p.type("StringSlice", STRING_SLICE);
        p.type("Float64Slice", FLOAT64_SLICE);
        Type ints = Types.slice(Types.INT);
        Type strs = Types.slice(Types.STRING);
        Type floats = Types.slice(Types.FLOAT64);
        p.func("Ints", Natives.sig(List.of(ints), List.of()), (g, a) -> sortWindow((SliceValue) a[0], 'i'));
        p.func("Strings", Natives.sig(List.of(strs), List.of()), (g, a) -> sortWindow((SliceValue) a[0], 's'));
        p.func("Float64s", Natives.sig(List.of(floats), List.of()), (g, a) -> sortWindow((SliceValue) a[0], 'f'));
        p.func("IntsAreSorted", Natives.sig(List.of(ints), List.of(Types.BOOL)),
                (g, a) -> isSorted((SliceValue) a[0], 'i'));
        p.func("StringsAreSorted", Natives.sig(List.of(strs), List.of(Types.BOOL)),
                (g, a) -> isSorted((SliceValue) a[0], 's'));
        p.func("Float64sAreSorted", Natives.sig(List.of(floats), List.of(Types.BOOL)),
                (g, a) -> isSorted((SliceValue) a[0], 'f'));
        Signature lessFn = Natives.sig(List.of(I, I), List.of(Types.BOOL));
        p.func("Slice", Natives.sig(List.of(Types.ANY, lessFn), List.of()), (g, a) -> {
            sortSlice(g, sliceOf(a[0]), (GoFunc) a[1]);
            return null;
        });
        p.func("SliceStable", Natives.sig(List.of(Types.ANY, lessFn), List.of()), (g, a) -> {
            sortSlice(g, sliceOf(a[0]), (GoFunc) a[1]);
            return null;
        });
        p.func("SliceIsSorted", Natives.sig(List.of(Types.ANY, lessFn), List.of(Types.BOOL)), (g, a) -> {
            SliceValue s = sliceOf(a[0]);
            GoFunc less = (GoFunc) a[1];
            for (int i = (s == null ? 0 : s.len) - 1; i > 0; i--) {
                if ((Boolean) less.call(g, new Object[] {(long) i, (long) (i - 1)})) {
                    return false;
                }
            }
            return true;
        });
        p.func("Sort", Natives.sig(List.of(INTERFACE), List.of()), (g, a) -> {
            Data d = new Data(g, (Iface) a[0]);
            stable(d, d.len());
            return null;
        });
        p.func("Stable", Natives.sig(List.of(INTERFACE), List.of()), (g, a) -> {
            Data d = new Data(g, (Iface) a[0]);
            stable(d, d.len());
            return null;
        });
        p.func("IsSorted", Natives.sig(List.of(INTERFACE), List.of(Types.BOOL)), (g, a) -> {
            Data d = new Data(g, (Iface) a[0]);
            for (int i = d.len() - 1; i > 0; i--) {
                if (d.less(i, i - 1)) {
                    return false;
                }
            }
            return true;
        });
        p.func("Reverse", Natives.sig(List.of(INTERFACE), List.of(INTERFACE)),
                (g, a) -> new Iface(Types.pointer(REVERSE), new StructValue(new Object[] {a[0]})));
        p.func("Search", Natives.sig(List.of(I, Natives.sig(List.of(I), List.of(Types.BOOL))), List.of(I)),
                (g, a) -> {
                    GoFunc f = (GoFunc) a[1];
                    long lo = 0;
                    long hi = (Long) a[0];
                    while (lo < hi) {
                        long h = (lo + hi) >>> 1;
                        if (!(Boolean) f.call(g, new Object[] {h})) {
                            lo = h + 1;
                        } else {
                            hi = h;
                        }
                    }
                    return lo;
                });
        p.func("SearchInts", Natives.sig(List.of(ints, I), List.of(I)),
                (g, a) -> search((SliceValue) a[0], x -> (Long) x >= (Long) a[1]));
        p.func("SearchStrings", Natives.sig(List.of(strs, Types.STRING), List.of(I)),
                (g, a) -> search((SliceValue) a[0], x -> ((String) x).compareTo((String) a[1]) >= 0));
        p.func("SearchFloat64s", Natives.sig(List.of(floats, Types.FLOAT64), List.of(I)),
                (g, a) -> search((SliceValue) a[0], x -> (Double) x >= (Double) a[1]));
        return p;
    }

    private static long search(SliceValue s, java.util.function.Predicate<Object> f) {
        int lo = 0;
        int hi = s == null ? 0 : s.len;
        while (lo < hi) {
            int h = (lo + hi) >>> 1;
            if (!f.test(s.get(h))) {
                lo = h + 1;
            } else {
                hi = h;
            }
        }
        return lo;
    }

    private static SliceValue sliceOf(Object x) {
        if (!(x instanceof Iface iv) || !(iv.type().underlying() instanceof gomini.types.Slice)) {
            String t = x == null ? "nil" : ((Iface) x).type().toString();
            throw Natives.panicString("reflect: call of Swapper on " + t + " Value");
        }
        return (SliceValue) iv.value();
    }

    private static Object sortWindow(SliceValue s, char kind) {
        if (s == null || s.len < 2) {
            return null;
        }
        Object[] w = Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
        switch (kind) {
            case 'i' -> Arrays.sort(w, (x, y) -> Long.compare((Long) x, (Long) y));
            case 's' -> Arrays.sort(w, (x, y) -> ((String) x).compareTo((String) y));
            default -> Arrays.sort(w, (x, y) -> floatLess((Double) x, (Double) y) ? -1
                    : floatLess((Double) y, (Double) x) ? 1 : 0);
        }
        System.arraycopy(w, 0, s.array, s.offset, s.len);
        return null;
    }

    private static boolean isSorted(SliceValue s, char kind) {
        for (int i = (s == null ? 0 : s.len) - 1; i > 0; i--) {
            Object x = s.get(i);
            Object y = s.get(i - 1);
            boolean less = switch (kind) {
                case 'i' -> (Long) x < (Long) y;
                case 's' -> ((String) x).compareTo((String) y) < 0;
                default -> floatLess((Double) x, (Double) y);
            };
            if (less) {
                return false;
            }
        }
        return true;
    }

    /** Stable sort of a slice by less(i, j) on its current positions; elements move once, at the end. */
    static void sortSlice(Goroutine g, SliceValue s, GoFunc less) {
        if (s == null || s.len < 2) {
            return;
        }
        int n = s.len;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] tmp = new int[n];
        mergeSort(g, less, idx, tmp, 0, n);
        Object[] w = new Object[n];
        for (int i = 0; i < n; i++) {
            w[i] = s.array[s.offset + idx[i]];
        }
        System.arraycopy(w, 0, s.array, s.offset, n);
    }

    private static boolean lessAt(Goroutine g, GoFunc less, int i, int j) {
        return (Boolean) less.call(g, new Object[] {(long) i, (long) j});
    }

    private static void mergeSort(Goroutine g, GoFunc less, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= 12) {
            for (int i = lo + 1; i < hi; i++) {
                for (int j = i; j > lo && lessAt(g, less, a[j], a[j - 1]); j--) {
                    int t = a[j];
                    a[j] = a[j - 1];
                    a[j - 1] = t;
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(g, less, a, tmp, lo, mid);
        mergeSort(g, less, a, tmp, mid, hi);
        if (!lessAt(g, less, a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lessAt(g, less, tmp[j], tmp[i])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }

    /** A sort.Interface value with its methods looked up once. */
    private static final class Data {
        final Goroutine g;
        final Object recv;
        final GoFunc len;
        final GoFunc less;
        final GoFunc swap;

        Data(Goroutine g, Iface data) {
            if (data == null) {
                throw gomini.runtime.GoPanic.runtimeError("invalid memory address or nil pointer dereference");
            }
            this.g = g;
            this.recv = data.value();
            this.len = Methods.lookup(data.type(), "Len");
            this.less = Methods.lookup(data.type(), "Less");
            this.swap = Methods.lookup(data.type(), "Swap");
        }

        int len() {
            return (int) (long) (Long) len.call(g, new Object[] {recv});
        }

        boolean less(int i, int j) {
            return (Boolean) less.call(g, new Object[] {recv, (long) i, (long) j});
        }

        void swap(int i, int j) {
            swap.call(g, new Object[] {recv, (long) i, (long) j});
        }
    }

    private static void insertionSort(Data d, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && d.less(j, j - 1); j--) {
                d.swap(j, j - 1);
            }
        }
    }

    private static void stable(Data d, int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            insertionSort(d, a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(d, a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(d, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) {
                symMerge(d, a, m, n);
            }
            blockSize *= 2;
        }
    }

    private static void symMerge(Data d, int a, int m, int b) {
        if (m - a == 1) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (d.less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                d.swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!d.less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                d.swap(k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!d.less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(d, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(d, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(d, mid, end, b);
        }
    }

    private static void rotate(Data d, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(d, m - i, m, j);
                i -= j;
            } else {
                swapRange(d, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(d, m - i, m, i);
    }

    private static void swapRange(Data d, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            d.swap(a + i, b + i);
        }
    }
}
