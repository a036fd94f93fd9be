package gomini.interp;

import gomini.runtime.Channel;
import gomini.runtime.GoPanic;
import gomini.runtime.Goroutine;
import gomini.runtime.Waiter;

/** Channel operations as the language sees them, including the nil channel cases the runtime leaves to us. */
public final class Chans {
    private Chans() {}

    public static void send(Goroutine g, Object ch, Object v) {
        if (ch == null) {
            throw g.scheduler().blockForever(g, "chan send (nil chan)");
        }
        ((Channel) ch).send(g, v);
    }

    public static Object recvValue(Goroutine g, Object ch) {
        return receiving(g, ch).recv(g);
    }

    /** {value, Boolean ok}. */
    public static Object[] recv(Goroutine g, Object ch) {
        return receiving(g, ch).recvOk(g);
    }

    /** A range loop's receive: the waiter holds the value and ok. */
    public static Waiter recvWaiter(Goroutine g, Object ch) {
        return receiving(g, ch).recvWaiter(g);
    }

    /** The channel g receives from; a nil one blocks g for ever. */
    private static Channel receiving(Goroutine g, Object ch) {
        if (ch == null) {
            throw g.scheduler().blockForever(g, "chan receive (nil chan)");
        }
        return (Channel) ch;
    }

    public static void close(Object ch) {
        if (ch == null) {
            throw GoPanic.plain("close of nil channel");
        }
        ((Channel) ch).close();
    }

    public static int len(Object ch) {
        return ch == null ? 0 : ((Channel) ch).len();
    }

    public static int cap(Object ch) {
        return ch == null ? 0 : ((Channel) ch).cap();
    }
}
