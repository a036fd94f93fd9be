package gomini.lib;

import static gomini.lib.LibTestSupport.call;
import static gomini.lib.LibTestSupport.go;
import static gomini.lib.LibTestSupport.java;
import static gomini.lib.LibTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gomini.runtime.StructValue;
import gomini.types.Types;
import org.junit.jupiter.api.Test;

/** Expected outputs from Go 1.19; strings are Go byte-strings, so indexes are byte indexes. */
class StringsTest {
    private static final gomini.types.Type SS = Types.slice(Types.STRING);

    @Test
    void nonAsciiByteStrings() {
        assertEquals("HÉLLO WÖRLD", java((String) call("strings", "ToUpper", go("héllo wörld"))));
        assertEquals(3L, call("strings", "Index", go("héllo"), "l"));
        assertEquals("[\"a\" \"ñ\" \"b\"]", java(Printer.sprintf(LibTestSupport.G, "%q",
                new Object[] {new gomini.runtime.Iface(SS, call("strings", "Split", go("añb"), ""))})));
        assertEquals("[a b c]", show(SS, call("strings", "Fields", go("  a  b\u00a0c\t"))));
        assertEquals(3L, call("strings", "Count", go("añ"), ""));
        assertEquals("hola", java((String) call("strings", "Trim", go("¡¡hola!!"), go("!¡"))));
        assertEquals(false, call("strings", "EqualFold", go("Straße"), go("STRASSE")));
        assertEquals(true, call("strings", "EqualFold", go("Gö"), go("gÖ")));
        assertEquals(5L, call("unicode/utf8", "RuneCountInString", go("héllo")));
    }

    @Test
    void splitReplaceJoin() {
        assertEquals("[a b  c]", show(SS, call("strings", "Split", "a,b,,c", ",")));
        assertEquals(1, ((gomini.runtime.SliceValue) call("strings", "Split", "", ",")).len);
        assertEquals("bbaa", call("strings", "Replace", "aaaa", "a", "b", 2L));
        assertEquals("-a-b-", call("strings", "Replace", "ab", "", "-", -1L));
        assertEquals(3L, call("strings", "Count", "cheese", "e"));
        assertEquals("Hello World", call("strings", "Title", "hello world"));
        assertEquals("hixx", call("strings", "TrimLeft", "xxhixx", "x"));
        assertEquals("a-b", call("strings", "Join", LibTestSupport.strs("a", "b"), "-"));
        assertEquals("[a b,c]", show(SS, call("strings", "SplitN", "a,b,c", ",", 2L)));
    }

    @Test
    void builderAndReplacer() {
        StructValue sb = new StructValue(new Object[] {null});
        gomini.runtime.GoFunc ws = gomini.runtime.Methods.lookup(Types.pointer(StringsPackage.BUILDER), "WriteString");
        gomini.runtime.GoFunc wr = gomini.runtime.Methods.lookup(Types.pointer(StringsPackage.BUILDER), "WriteRune");
        gomini.runtime.GoFunc str = gomini.runtime.Methods.lookup(Types.pointer(StringsPackage.BUILDER), "String");
        ws.call(LibTestSupport.G, new Object[] {sb, "ab"});
        wr.call(LibTestSupport.G, new Object[] {sb, 0xE9L});
        assertEquals("abé", java((String) str.call(LibTestSupport.G, new Object[] {sb})));
        IoPackage.write(LibTestSupport.G, new gomini.runtime.Iface(Types.pointer(StringsPackage.BUILDER), sb), "!");
        assertEquals("abé!", java((String) str.call(LibTestSupport.G, new Object[] {sb})));
        Object r = call("strings", "NewReplacer", LibTestSupport.strs("a", "1", "b", "2"));
        gomini.runtime.GoFunc rep = gomini.runtime.Methods.lookup(Types.pointer(StringsPackage.REPLACER), "Replace");
        assertEquals("12c12", rep.call(LibTestSupport.G, new Object[] {r, "abcab"}));
    }
}
