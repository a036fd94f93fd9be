/**
 * The run-time: Go values, goroutines, channels, the scheduler and its deadlock detector.
 *
 * <h2>How Go values are represented</h2>
 * The static type (known to the compiler) decides how a Java object is read; values carry no type
 * except inside interfaces.
 * <ul>
 * <li>bool: {@link java.lang.Boolean}.
 * <li>every integer type: {@link java.lang.Long}, always normalized to the type's range (an int8 holds
 *     -128..127, a uint32 0..2^32-1; uint64 and uint keep the 64-bit pattern and use unsigned ops).
 * <li>float32, float64: {@link java.lang.Double} (float32 results are rounded through float).
 * <li>string: {@link java.lang.String} of bytes (see {@link gomini.runtime.GoStrings}).
 * <li>slice: {@link gomini.runtime.SliceValue}; map: {@link gomini.runtime.MapValue};
 *     chan: {@link gomini.runtime.Channel}; func: {@link gomini.runtime.GoFunc}. nil is null for all of them.
 * <li>struct: {@link gomini.runtime.StructValue}; array: {@link gomini.runtime.ArrayValue}. A location
 *     of struct or array type owns its object: stores copy into it or store a fresh copy, so that a
 *     pointer to a struct or array can be the object itself. Any value stored somewhere new (variable,
 *     element, field, map, channel buffer, interface, argument) is passed through
 *     {@link gomini.runtime.Values#copy}.
 * <li>pointer: to a struct or array, that StructValue/ArrayValue; to anything else a
 *     {@link gomini.runtime.Pointer} ({@link gomini.runtime.Cell} for variables). nil is null.
 * <li>interface: null when nil, else an {@link gomini.runtime.Iface} holding the dynamic type and value.
 * </ul>
 *
 * <h2>Concurrency</h2>
 * One {@link gomini.runtime.Scheduler} per program run owns its goroutines ({@link gomini.runtime.Goroutine},
 * one virtual thread each), ends the program (exit code, fatal reports) and detects deadlocks exactly at
 * the moment the last goroutine blocks. {@link gomini.runtime.Channel} and {@link gomini.runtime.Select}
 * implement Go's channel operations; {@link gomini.runtime.Timers} / {@link gomini.runtime.GoTimer} serve the
 * time package; {@code gomini.runtime.sync} has sync's primitives. Every blocking wait is a
 * {@link gomini.runtime.Waiter} parked with {@code Scheduler.park} and woken with {@code Scheduler.wake}.
 * After the program ends, goroutines unwind with {@link gomini.runtime.ProgramExit}, which no Go code
 * catches and which runs no deferred calls.
 */
package gomini.runtime;
