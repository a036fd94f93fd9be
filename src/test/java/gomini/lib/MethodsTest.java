package gomini.lib;

import static gomini.lib.LibTestSupport.G;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gomini.runtime.Cell;
import gomini.runtime.FieldPointer;
import gomini.runtime.GoFunc;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.StructValue;
import gomini.types.Func;
import gomini.types.Named;
import gomini.types.Struct;
import gomini.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's method sets: T has value methods, *T all; promotion through embedded fields and pointers. */
class MethodsTest {
    // type Inner struct{ V int }; func (i Inner) Get() int; func (i *Inner) Inc()
    static final Named INNER = new Named("main", "Inner", Types.struct(List.of(
            new Struct.Field("V", Types.INT, false, null))));
    // type Outer struct{ Inner; Name string }
    static final Named OUTER = new Named("main", "Outer", Types.struct(List.of(
            new Struct.Field("Inner", INNER, true, null), new Struct.Field("Name", Types.STRING, false, null))));
    // type ByPtr struct{ *Inner }
    static final Named BYPTR = new Named("main", "ByPtr", Types.struct(List.of(
            new Struct.Field("Inner", Types.pointer(INNER), true, null))));
    // type Count int; func (c *Count) Add(); type HasCount struct{ Count }
    static final Named COUNT = new Named("main", "Count", Types.INT);
    static final Named HASCOUNT = new Named("main", "HasCount", Types.struct(List.of(
            new Struct.Field("Count", COUNT, true, null))));
    // type Wrap struct{ fmt.Stringer }
    static final Named WRAP = new Named("main", "Wrap", Types.struct(List.of(
            new Struct.Field("Stringer", FmtPackage.STRINGER, true, null))));
    static final Named NAME = new Named("main", "Name", Types.STRING);

    static {
        add(INNER, "Get", false, Types.INT, (g, a) -> ((StructValue) a[0]).fields[0]);
        add(INNER, "Inc", true, null, (g, a) -> {
            StructValue s = (StructValue) a[0];
            s.fields[0] = (Long) s.fields[0] + 1;
            return null;
        });
        add(COUNT, "Add", true, null, (g, a) -> {
            gomini.runtime.Pointer p = (gomini.runtime.Pointer) a[0];
            p.store((Long) p.load() + 10);
            return null;
        });
        add(NAME, "String", false, Types.STRING, (g, a) -> "name:" + a[0]);
    }

    private static void add(Named n, String name, boolean ptr, gomini.types.Type result, GoFunc impl) {
        Func f = new Func(name, Types.signature(List.of(), result == null ? List.of() : List.of(result), false), ptr);
        f.setImpl(impl);
        n.methods().add(f);
    }

    @Test
    void valueTypeHasOnlyValueMethods() {
        assertNotNull(Methods.lookup(INNER, "Get"));
        assertNull(Methods.lookup(INNER, "Inc"));
        assertNotNull(Methods.lookup(Types.pointer(INNER), "Get"));
        assertNotNull(Methods.lookup(Types.pointer(INNER), "Inc"));
        assertNull(Methods.lookup(INNER, "Missing"));
        assertSame(Methods.lookup(INNER, "Get"), Methods.lookup(INNER, "Get"));
    }

    @Test
    void pointerReceiverMutatesAndValueReceiverGetsACopy() {
        StructValue in = new StructValue(new Object[] {1L});
        Methods.lookup(Types.pointer(INNER), "Inc").call(G, new Object[] {in});
        assertEquals(2L, in.fields[0]);
        Object[] seen = new Object[1];
        Named n = new Named("main", "Peek", INNER.underlying());
        add(n, "Look", false, null, (g, a) -> {
            seen[0] = a[0];
            return null;
        });
        StructValue pv = new StructValue(new Object[] {5L});
        Methods.lookup(Types.pointer(n), "Look").call(G, new Object[] {pv});
        assertNotSame(pv, seen[0]);
        assertEquals(pv, seen[0]);
    }

    @Test
    void promotedThroughEmbeddedValue() {
        StructValue outer = new StructValue(new Object[] {new StructValue(new Object[] {7L}), "o"});
        assertEquals(7L, Methods.lookup(OUTER, "Get").call(G, new Object[] {outer}));
        assertNull(Methods.lookup(OUTER, "Inc"), "Outer's method set lacks *Inner's Inc");
        Methods.lookup(Types.pointer(OUTER), "Inc").call(G, new Object[] {outer});
        assertEquals(8L, ((StructValue) outer.fields[0]).fields[0]);
    }

    @Test
    void promotedThroughEmbeddedPointer() {
        StructValue inner = new StructValue(new Object[] {1L});
        StructValue bp = new StructValue(new Object[] {inner});
        GoFunc inc = Methods.lookup(BYPTR, "Inc");
        assertNotNull(inc, "an embedded *Inner gives ByPtr the pointer methods");
        inc.call(G, new Object[] {bp});
        assertEquals(2L, inner.fields[0]);
        assertEquals(2L, Methods.lookup(BYPTR, "Get").call(G, new Object[] {bp}));
    }

    @Test
    void pointerMethodOfEmbeddedNonStructGetsFieldAddress() {
        StructValue hc = new StructValue(new Object[] {1L});
        Methods.lookup(Types.pointer(HASCOUNT), "Add").call(G, new Object[] {hc});
        assertEquals(11L, hc.fields[0]);
        Cell c = new Cell(5L);
        Methods.lookup(Types.pointer(COUNT), "Add").call(G, new Object[] {c});
        assertEquals(15L, c.value);
        assertEquals(new FieldPointer(hc, 0), new FieldPointer(hc, 0));
    }

    @Test
    void ambiguousOrShadowedSelectorsAreNotPromoted() {
        // type Two struct{ Inner; Other } where Other also has Get: ambiguous at depth 1
        Named other = new Named("main", "Other", Types.struct(List.of()));
        add(other, "Get", false, Types.INT, (g, a) -> 0L);
        Named two = new Named("main", "Two", Types.struct(List.of(
                new Struct.Field("Inner", INNER, true, null), new Struct.Field("Other", other, true, null))));
        assertNull(Methods.lookup(two, "Get"));
        assertNotNull(Methods.lookup(two, "Inc") == null ? Methods.lookup(Types.pointer(two), "Inc") : null);
        // type Shadow struct{ Outer; Get int }: the field Get hides Outer's promoted Get
        Named shadow = new Named("main", "Shadow", Types.struct(List.of(
                new Struct.Field("Outer", OUTER, true, null), new Struct.Field("Get", Types.INT, false, null))));
        assertNull(Methods.lookup(shadow, "Get"));
        // type Deep struct{ Outer }: Get from two levels down
        Named deep = new Named("main", "Deep", Types.struct(List.of(new Struct.Field("Outer", OUTER, true, null))));
        StructValue dv = new StructValue(new Object[] {
            new StructValue(new Object[] {new StructValue(new Object[] {9L}), "o"})});
        assertEquals(9L, Methods.lookup(deep, "Get").call(G, new Object[] {dv}));
    }

    @Test
    void promotedThroughEmbeddedInterface() {
        StructValue w = new StructValue(new Object[] {new Iface(NAME, "x")});
        assertEquals("name:x", Methods.lookup(WRAP, "String").call(G, new Object[] {w}));
        assertEquals("name:x", Printer.sprint(G, new Object[] {new Iface(WRAP, w)}));
    }
}
