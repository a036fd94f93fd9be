package gomini.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The type records' own equals and hashCode (see {@link Type}): equal component by component, as a
 * record's generated ones are, so interning makes identical types one object and keeps all others apart.
 */
class TypesTest {
    private static final Type INT = Types.INT;
    private static final Type STRING = Types.STRING;
    private static final Tuple INTS = Types.tuple(List.of(INT));
    private static final Tuple NONE = Types.EMPTY_TUPLE;

    @Test
    void equalComponentsMakeEqualTypes() {
        same(new Pointer(INT), new Pointer(INT));
        same(new Slice(STRING), new Slice(STRING));
        same(new Array(3, INT), new Array(3, INT));
        same(new Map(STRING, INT), new Map(STRING, INT));
        same(new Chan(Chan.Dir.RECV, INT), new Chan(Chan.Dir.RECV, INT));
        same(new Tuple(List.of(INT, STRING)), new Tuple(List.of(INT, STRING)));
        same(new Signature(INTS, NONE, true), new Signature(INTS, NONE, true));
        same(struct("a", INT, true, "t"), struct("a", INT, true, "t"));
        same(struct("a", INT, false, null), struct("a", INT, false, null));
        same(iface("M", INTS), iface("M", INTS));
        same(struct("c", null, false, null), struct("c", null, false, null)); // a field typed later
        same(new Basic(Basic.Kind.INT, "int"), Types.INT);
    }

    @Test
    void anyDifferentComponentMakesADifferentType() {
        assertNotEquals(new Pointer(INT), new Pointer(STRING));
        assertNotEquals(new Slice(INT), new Pointer(INT));
        assertNotEquals(new Array(3, INT), new Array(4, INT));
        assertNotEquals(new Array(3, INT), new Array(3, STRING));
        assertNotEquals(new Map(STRING, INT), new Map(INT, INT));
        assertNotEquals(new Map(STRING, INT), new Map(STRING, STRING));
        assertNotEquals(new Chan(Chan.Dir.RECV, INT), new Chan(Chan.Dir.SEND, INT));
        assertNotEquals(new Chan(Chan.Dir.RECV, INT), new Chan(Chan.Dir.RECV, STRING));
        assertNotEquals(new Tuple(List.of(INT, STRING)), new Tuple(List.of(STRING, INT)));
        assertNotEquals(new Signature(INTS, NONE, true), new Signature(INTS, NONE, false));
        assertNotEquals(new Signature(INTS, NONE, false), new Signature(NONE, INTS, false));
        assertNotEquals(struct("a", INT, false, null), struct("b", INT, false, null));
        assertNotEquals(struct("a", INT, false, null), struct("a", STRING, false, null));
        assertNotEquals(struct("a", INT, false, null), struct("a", INT, true, null));
        assertNotEquals(struct("a", INT, false, null), struct("a", INT, false, "t"));
        assertNotEquals(struct("a", INT, false, null), struct("a", null, false, null));
        assertNotEquals(iface("M", INTS), iface("N", INTS));
        assertNotEquals(iface("M", INTS), iface("M", NONE));
        assertNotEquals(Types.INT, Types.INT64);
    }

    @Test
    void identicalTypesInternToOneObject() {
        assertSame(Types.signature(List.of(INT), List.of(), true), Types.signature(List.of(INT), List.of(), true));
        assertSame(Types.chan(Chan.Dir.SEND, Types.pointer(INT)), Types.chan(Chan.Dir.SEND, Types.pointer(INT)));
    }

    private static void same(Object a, Object b) {
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    private static Struct struct(String name, Type type, boolean embedded, String tag) {
        return new Struct(List.of(new Struct.Field(name, type, embedded, tag)));
    }

    private static Interface iface(String name, Tuple results) {
        return new Interface(List.of(new Interface.Method(name, new Signature(NONE, results, false))));
    }
}
