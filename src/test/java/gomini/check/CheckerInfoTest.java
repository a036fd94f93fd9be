package gomini.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gomini.ast.Decl;
import gomini.ast.Expr;
import gomini.ast.File;
import gomini.ast.Node;
import gomini.ast.Stmt;
import gomini.diag.CompileError;
import gomini.syntax.SourceParser;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the checker tells the compiler: types, symbols, frame slots, captures, selections. */
class CheckerInfoTest {

    static Info check(String src) {
        try {
            File f = SourceParser.parse("t.go", src);
            return Checker.check(List.of(f));
        } catch (CompileError e) {
            throw new AssertionError(e.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
    }

    static Symbol.Var def(Info info, String name) {
        for (Map.Entry<Expr.Ident, Symbol> e : info.defs.entrySet()) {
            if (e.getKey().name().equals(name) && e.getValue() instanceof Symbol.Var v) {
                return v;
            }
        }
        throw new AssertionError("no def " + name);
    }

    static Info.FuncInfo func(Info info, String name) {
        for (Map.Entry<Node, Info.FuncInfo> e : info.funcs.entrySet()) {
            if (e.getKey() instanceof Decl.FuncDecl fd && fd.name().name().equals(name)) {
                return e.getValue();
            }
        }
        throw new AssertionError("no func " + name);
    }

    @Test
    void helloWorldLocalsGetSlotsAfterParams() {
        Info info = check("""
                package main

                func add(a, b int) (sum int) {
                	c := a + b
                	sum = c
                	return
                }

                func main() {
                	x := add(1, 2)
                	if x > 2 {
                		y := "s"
                		println(y, x)
                	}
                	for i := 0; i < 3; i++ {
                		println(i)
                	}
                }
                """);
        Info.FuncInfo add = func(info, "add");
        assertEquals(List.of("a", "b"), add.params().stream().map(Symbol.Var::name).toList());
        assertEquals(0, add.params().get(0).index);
        assertEquals(1, add.params().get(1).index);
        assertEquals(2, add.results().get(0).index);
        assertEquals(3, def(info, "c").index);
        assertEquals(4, add.frameSize());
        Info.FuncInfo main = func(info, "main");
        assertEquals(3, main.frameSize());
        assertEquals(Symbol.Var.Kind.LOCAL, def(info, "x").kind());
        assertSame(Types.INT, def(info, "x").type());
        assertSame(Types.STRING, def(info, "y").type());
    }

    @Test
    void untypedConstantsGetTheirFinalTypes() {
        Info info = check("""
                package main

                func main() {
                	var f float64 = 7
                	x := 1 << 3
                	println(f, x, 'a')
                }
                """);
        Map<String, Info.TypeAndValue> byText = new java.util.HashMap<>();
        info.types.forEach((e, tv) -> byText.put(ExprString.of(e), tv));
        assertSame(Types.FLOAT64, byText.get("7").type());
        assertEquals(new Constant.Float(new java.math.BigDecimal(7.0)), byText.get("7").value());
        assertSame(Types.INT, byText.get("1 << 3").type());
        assertEquals(Constant.of(8), byText.get("1 << 3").value());
        assertSame(Types.RUNE, byText.get("'a'").type());
    }

    @Test
    void closuresCaptureThroughLevels() {
        Info info = check("""
                package main

                func main() {
                	n := 0
                	inc := func() func() int {
                		return func() int {
                			n++
                			return n
                		}
                	}
                	println(inc()())
                }
                """);
        Symbol.Var n = def(info, "n");
        assertTrue(n.boxed);
        List<Info.FuncInfo> lits = new ArrayList<>();
        info.funcs.forEach((node, fi) -> {
            if (node instanceof Expr.FuncLit) {
                lits.add(fi);
            }
        });
        assertEquals(2, lits.size());
        Info.FuncInfo outer = lits.stream().filter(f -> f.results().get(0).type() instanceof gomini.types.Signature).findFirst().get();
        Info.FuncInfo inner = lits.stream().filter(f -> f != outer).findFirst().get();
        Symbol.Var c1 = outer.captures().get(0);
        Symbol.Var c2 = inner.captures().get(0);
        assertEquals(Symbol.Var.Kind.CAPTURE, c1.kind());
        assertSame(n, c1.outer);
        assertSame(c1, c2.outer);
        // uses inside the innermost closure resolve to its own CAPTURE var
        long usesOfC2 = info.uses.values().stream().filter(s -> s == c2).count();
        assertEquals(2, usesOfC2);
    }

    @Test
    void addressTakenLocalsAreBoxedButStructsAreNot() {
        Info info = check("""
                package main

                type P struct{ x int }

                func (p *P) inc() { p.x++ }

                type C int

                func (c *C) inc() { *c++ }

                func main() {
                	a := 1
                	pa := &a
                	var p P
                	p.inc()
                	var cc C
                	cc.inc()
                	println(*pa, p.x, cc)
                }
                """);
        assertTrue(def(info, "a").boxed);
        assertFalse(def(info, "p").boxed);
        assertTrue(def(info, "cc").boxed);
        assertFalse(def(info, "pa").boxed);
    }

    @Test
    void selectionsThroughEmbeddedFields() {
        Info info = check("""
                package main

                type Base struct{ id int }

                func (b Base) ID() int { return b.id }

                type Mid struct {
                	name string
                	*Base
                }

                type Top struct {
                	Mid
                }

                func main() {
                	t := Top{Mid{"m", &Base{7}}}
                	println(t.id, t.ID(), t.name)
                	f := Top.ID
                	g := t.ID
                	println(f(t), g())
                }
                """);
        Map<String, Info.Selection> sel = new java.util.HashMap<>();
        info.selections.forEach((e, s) -> sel.put(ExprString.of(e), s));
        assertEquals(Info.Selection.Kind.FIELD, sel.get("t.id").kind());
        assertEquals("[0, 1, 0]", java.util.Arrays.toString(sel.get("t.id").path()));
        assertEquals(Info.Selection.Kind.METHOD_VALUE, sel.get("t.ID").kind());
        assertEquals("[0, 1]", java.util.Arrays.toString(sel.get("t.ID").path()));
        assertEquals(Info.Selection.Kind.METHOD_EXPR, sel.get("Top.ID").kind());
        assertEquals("func(main.Top) int", sel.get("Top.ID").type().toString());
        assertEquals("[0, 0]", java.util.Arrays.toString(sel.get("t.name").path()));
    }

    @Test
    void commaOkAndTypeSwitchImplicits() {
        Info info = check("""
                package main

                func main() {
                	m := map[string]int{"a": 1}
                	v, ok := m["a"]
                	var i any = 3
                	n, isInt := i.(int)
                	ch := make(chan int, 1)
                	ch <- 1
                	w, open := <-ch
                	println(v, ok, n, isInt, w, open)
                	switch x := i.(type) {
                	case int:
                		println(x + 1)
                	case string, bool:
                		println(x)
                	}
                }
                """);
        long commaOk = info.types.values().stream().filter(tv -> tv.mode() == Info.Mode.COMMA_OK).count();
        assertEquals(3, commaOk);
        assertSame(Types.BOOL, def(info, "ok").type());
        List<Symbol.Var> implicit = new ArrayList<>(info.implicits.values());
        assertEquals(2, implicit.size());
        assertTrue(implicit.stream().anyMatch(v -> v.type() == Types.INT));
        assertTrue(implicit.stream().anyMatch(v -> v.type() == Types.ANY));
    }

    @Test
    void globalsAndInitOrderFollowDependencies() {
        Info info = check("""
                package main

                var a = b + c
                var b = f()
                var c = 1
                var d int

                func f() int { return c + 1 }

                func main() { println(a, d) }
                """);
        assertEquals(4, info.globalCount);
        List<String> order = info.initOrder.stream().map(i -> i.lhs().get(0).name()).toList();
        assertEquals(List.of("c", "b", "a"), order);
        assertEquals(Symbol.Var.Kind.GLOBAL, def(info, "d").kind());
    }

    @Test
    void constantsWithIotaAndImplicitRepetition() {
        Info info = check("""
                package main

                type Weekday int

                const (
                	Sunday Weekday = iota
                	Monday
                	Tuesday
                )

                const (
                	KB = 1 << (10 * (iota + 1))
                	MB
                )

                func main() { println(Tuesday, MB) }
                """);
        Map<String, Symbol.Const> consts = new java.util.HashMap<>();
        info.defs.forEach((id, s) -> {
            if (s instanceof Symbol.Const k) {
                consts.put(k.name(), k);
            }
        });
        assertEquals(Constant.of(2), consts.get("Tuesday").value());
        assertEquals("main.Weekday", consts.get("Tuesday").type().toString());
        assertEquals(Constant.of(1 << 20), consts.get("MB").value());
        assertSame(Types.UNTYPED_INT, consts.get("MB").type());
    }

    @Test
    void rangeForms() {
        Info info = check("""
                package main

                func main() {
                	for i := range 3 {
                		println(i)
                	}
                	for i, r := range "héllo" {
                		println(i, r)
                	}
                	arr := [...]int{1, 2, 3}
                	for _, v := range &arr {
                		println(v)
                	}
                	m := map[string]bool{}
                	for k := range m {
                		println(k)
                	}
                	ch := make(chan string)
                	close(ch)
                	for s := range ch {
                		println(s)
                	}
                	for range 2 {
                	}
                }
                """);
        assertSame(Types.RUNE, def(info, "r").type());
        assertSame(Types.STRING, def(info, "s").type());
        assertEquals("[3]int", def(info, "arr").type().toString());
    }

    @Test
    void methodsAreLinkedToTheirDeclarations() {
        Info info = check("""
                package main

                type T struct{ n int }

                func (t *T) Set(n int) { t.n = n }
                func (t T) Get() int   { return t.n }

                func main() {
                	var t T
                	t.Set(3)
                	println(t.Get())
                }
                """);
        assertEquals(2, info.methods.size());
        info.methods.forEach((d, f) -> {
            assertEquals(d.name().name(), f.name());
            assertEquals(d.name().name().equals("Set"), f.pointerRecv());
            Info.FuncInfo fi = info.funcs.get(d);
            assertNotNull(fi);
            assertEquals("t", fi.params().get(0).name());
        });
    }

    @Test
    void selectAndLabels() {
        check("""
                package main

                func main() {
                	c := make(chan int)
                	d := make(chan int, 1)
                outer:
                	for {
                		select {
                		case v := <-c:
                			println(v)
                		case v, ok := <-c:
                			println(v, ok)
                		case d <- 1:
                			break outer
                		default:
                			continue outer
                		}
                	}
                	switch x := 1; x {
                	case 1:
                		fallthrough
                	case 2:
                	default:
                	}
                }
                """);
    }

    @Test
    void builtinsAndConversions() {
        Info info = check("""
                package main

                func main() {
                	b := []byte("hi")
                	b = append(b, "there"...)
                	n := copy(b, "xy")
                	r := []rune("héllo")
                	s := string(r[1])
                	f := float64(len(b)) / 2
                	m := min(3, 1.5, 2)
                	var u uint8 = 255
                	u++
                	p := new(int)
                	*p = max(n, 4)
                	mm := make(map[string][]int, 10)
                	delete(mm, "a")
                	clear(mm)
                	println(s, f, m, u, *p, cap(b))
                }
                """);
        assertSame(Types.FLOAT64, def(info, "m").type());
        assertSame(Types.STRING, def(info, "s").type());
        assertEquals("*int", def(info, "p").type().toString());
    }
}
