package gomini.lib;

import static gomini.lib.LibTestSupport.G;
import static gomini.lib.LibTestSupport.call;
import static gomini.lib.LibTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.runtime.GoFunc;
import gomini.runtime.Iface;
import gomini.runtime.SliceValue;
import gomini.runtime.StructValue;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected outputs from Go 1.19. */
class SortTest {
    static final Named P = new Named("main", "P", Types.struct(List.of(
            new Struct.Field("N", Types.STRING, false, null), new Struct.Field("A", Types.INT, false, null))));

    @Test
    void sliceWithJavaLessKeepsGoOrderForTies() {
        Object[] ps = {
            new StructValue(new Object[] {"a", 3L}), new StructValue(new Object[] {"b", 1L}),
            new StructValue(new Object[] {"c", 3L}), new StructValue(new Object[] {"d", 2L}),
            new StructValue(new Object[] {"e", 1L})};
        // a window of a larger backing array: only it is permuted
        Object[] backing = new Object[7];
        System.arraycopy(ps, 0, backing, 1, 5);
        SliceValue s = new SliceValue(backing, 1, 5, 6);
        GoFunc less = (g, a) -> (Long) ((StructValue) s.get((int) (long) (Long) a[0])).fields[1]
                < (Long) ((StructValue) s.get((int) (long) (Long) a[1])).fields[1];
        call("sort", "Slice", new Iface(Types.slice(P), s), less);
        assertEquals("[{b 1} {e 1} {d 2} {a 3} {c 3}]", show(Types.slice(P), s));
        assertEquals(null, backing[0]);
    }

    @Test
    void intsStringsAndReverse() {
        SliceValue xs = new SliceValue(new Object[] {5L, 2L, 8L, 1L});
        call("sort", "Ints", xs);
        assertEquals("[1 2 5 8]", show(Types.slice(Types.INT), xs));
        Object rev = call("sort", "Reverse", new Iface(SortPackage.INT_SLICE, xs));
        call("sort", "Sort", rev);
        assertEquals("[8 5 2 1]", show(Types.slice(Types.INT), xs));
        SliceValue ss = LibTestSupport.strs("b", "c", "a");
        call("sort", "Strings", ss);
        assertEquals("[a b c]", show(Types.slice(Types.STRING), ss));
        assertEquals(2L, call("sort", "SearchInts", new SliceValue(new Object[] {1L, 3L, 5L}), 4L));
    }

    @Test
    void stableOnLargeInput() {
        int n = 200;
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = new StructValue(new Object[] {Integer.toString(i), (long) ((i * 7919) % 10)});
        }
        SliceValue s = new SliceValue(a);
        GoFunc less = (g, x) -> (Long) ((StructValue) s.get((int) (long) (Long) x[0])).fields[1]
                < (Long) ((StructValue) s.get((int) (long) (Long) x[1])).fields[1];
        call("sort", "SliceStable", new Iface(Types.slice(P), s), less);
        for (int i = 1; i < n; i++) {
            StructValue p = (StructValue) s.get(i - 1);
            StructValue q = (StructValue) s.get(i);
            long pa = (Long) p.fields[1];
            long qa = (Long) q.fields[1];
            boolean ok = pa < qa || (pa == qa
                    && Integer.parseInt((String) p.fields[0]) < Integer.parseInt((String) q.fields[0]));
            assertEquals(true, ok, "position " + i);
        }
    }
}
