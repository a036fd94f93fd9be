/**
 * gomini's standard library: one class per Go package ({@code FmtPackage}, {@code StringsPackage}, ...),
 * each with a {@code create()} that registers the package's members, listed in {@link gomini.lib.Registry}.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Functions are {@code GoFunc}s over gomini's value representation (see gomini.runtime's
 *     package-info): ints arrive as Long, strings as byte-strings, {@code ...any} as a SliceValue of
 *     Iface/null; several results are returned as an Object[].
 * <li>Types a package defines are {@code Named} with their methods attached as types.Func objects whose
 *     impl is a GoFunc taking the receiver as args[0] ({@link gomini.lib.Natives#method}). State a Go
 *     program must not see (a strings.Builder's buffer, a scanner's reader) lives in a struct field of
 *     the hidden basic type {@code StringsPackage.HIDDEN}, whose zero value is null, so that the zero
 *     value of the type is usable as in Go.
 * <li>Natives reach their program's streams, arguments and exit through
 *     {@code ProgramIO.of(goroutine)}, never through System.out: several programs may run in one JVM.
 * <li>Calls back into Go (sort.Slice's less, strings.Map's mapping, String and Error methods) use the
 *     caller's Goroutine; methods of dynamic types are found with {@link gomini.runtime.Methods}.
 * <li>Printing follows Go's fmt ({@link gomini.lib.Printer}); the runtime's own printing (print,
 *     println, panic values) is {@link gomini.lib.BuiltinPrint}.
 * </ul>
 */
package gomini.lib;
