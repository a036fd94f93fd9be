package gomini.runtime;

/**
 * One communication clause of a select: a send of value on channel, or a receive from it. A null
 * channel (a nil chan) makes the case never ready.
 */
public record SelectCase(Channel channel, boolean isSend, Object value) {
    /** {@code case ch <- v:} (v already copied with {@link Values#copy}). */
    public static SelectCase send(Channel ch, Object v) {
        return new SelectCase(ch, true, v);
    }

    /** {@code case <-ch:}, {@code case v := <-ch:}, {@code case v, ok := <-ch:}. */
    public static SelectCase recv(Channel ch) {
        return new SelectCase(ch, false, null);
    }
}
