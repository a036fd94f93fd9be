package gomini.lib;

import gomini.runtime.Channel;
import gomini.runtime.GoFunc;
import gomini.runtime.GoTimer;
import gomini.runtime.Goroutine;
import gomini.runtime.Iface;
import gomini.runtime.Methods;
import gomini.runtime.StructValue;
import gomini.runtime.Values;
import gomini.types.Chan;
import gomini.types.Interface;
import gomini.types.Named;
import gomini.types.Signature;
import gomini.types.Type;
import gomini.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Package context: Context, Background, TODO, WithCancel, WithTimeout, WithDeadline, WithValue, Canceled,
 * DeadlineExceeded, CancelFunc.
 *
 * <p>Every context gomini makes is a *context.ctx whose hidden field holds a {@link Ctx}. Cancellation
 * propagates from a parent to its children when the parent is one of these (the usual case); a parent
 * Context implemented by the program itself is consulted for Value and Deadline but its Done channel is
 * not watched. Deadlines are AfterFunc-style timers of the run, so a pending deadline keeps the program
 * alive as Go's timers do.
 */
public final class ContextPackage {
    private ContextPackage() {}

    static final Type DONE_CHAN = Types.chan(Chan.Dir.RECV, Types.struct(List.of()));
    public static final Named CONTEXT = new Named("context", "Context", Types.iface(List.of(
            new Interface.Method("Deadline", Natives.sig(List.of(), List.of(TimePackage.TIME, Types.BOOL))),
            new Interface.Method("Done", Natives.sig(List.of(), List.of(DONE_CHAN))),
            new Interface.Method("Err", Natives.sig(List.of(), List.of(Types.ERROR))),
            new Interface.Method("Value", Natives.sig(List.of(Types.ANY), List.of(Types.ANY))))));
    public static final Named CANCEL_FUNC = new Named("context", "CancelFunc",
            Types.signature(List.of(), List.of(), false));
    static final Named CTX = new Named("context", "ctx", Types.struct(List.of(Natives.field("c", Natives.HIDDEN))));
    static final Type CTX_PTR = Types.pointer(CTX);
    static final Named DEADLINE_ERROR = new Named("context", "deadlineExceededError", Types.struct(List.of()));

    static final Iface CANCELED = ErrorsPackage.newError("context canceled");
    static final Iface DEADLINE_EXCEEDED = new Iface(DEADLINE_ERROR, new StructValue(new Object[0]));

    /** The state of one context. */
    private static final class Ctx {
        final String name;
        /** The parent Context interface value; null for Background and TODO. */
        final Iface parent;
        /** null for Background/TODO/value contexts, which are never canceled themselves. */
        final Channel done;
        final Object key;
        final Object value;
        final boolean isValue;
        /** This context's own deadline (a time.Time), or null. */
        Object deadline;
        /** Guarded by this. */
        Iface err;
        final Set<Ctx> children = new LinkedHashSet<>();
        GoTimer timer;

        Ctx(String name, Iface parent, boolean cancelable, boolean isValue, Object key, Object value) {
            this.name = name;
            this.parent = parent;
            this.done = cancelable ? new Channel(0, new StructValue(new Object[0])) : null;
            this.isValue = isValue;
            this.key = key;
            this.value = value;
        }

        /** The nearest cancelable ancestor-or-self made by this package. */
        Ctx cancelable() {
            Ctx c = this;
            while (c != null && c.done == null) {
                c = c.parent == null ? null : ctxOf(c.parent);
            }
            return c;
        }

        void cancel(Iface e, boolean removeFromParent) {
            List<Ctx> kids;
            synchronized (this) {
                if (err != null) {
                    return;
                }
                err = e;
                done.close();
                kids = new ArrayList<>(children);
                children.clear();
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
            for (Ctx k : kids) {
                k.cancel(e, false);
            }
            if (removeFromParent && parent != null) {
                Ctx p = ctxOf(parent);
                Ctx pc = p == null ? null : p.cancelable();
                if (pc != null) {
                    synchronized (pc) {
                        pc.children.remove(this);
                    }
                }
            }
        }
    }

    private static Ctx ctxOf(Object contextValue) {
        if (contextValue instanceof Iface iv && iv.type() == CTX_PTR) {
            return (Ctx) ((StructValue) iv.value()).fields[0];
        }
        return null;
    }

    private static Iface wrap(Ctx c) {
        return new Iface(CTX_PTR, new StructValue(new Object[] {c}));
    }

    private static Ctx self(Object recv) {
        return (Ctx) ((StructValue) recv).fields[0];
    }

    private static Object call(Goroutine g, Iface ctx, String method, Object... args) {
        Object[] a = new Object[args.length + 1];
        a[0] = ctx.value();
        System.arraycopy(args, 0, a, 1, args.length);
        return Methods.lookup(ctx.type(), method).call(g, a);
    }

    static {
        Natives.method(DEADLINE_ERROR, "Error", Natives.sig(List.of(), List.of(Types.STRING)), false,
                (g, a) -> "context deadline exceeded");
        Natives.method(DEADLINE_ERROR, "Timeout", Natives.sig(List.of(), List.of(Types.BOOL)), false, (g, a) -> true);
        Natives.method(DEADLINE_ERROR, "Temporary", Natives.sig(List.of(), List.of(Types.BOOL)), false,
                (g, a) -> true);

        Natives.method(CTX, "Done", Natives.sig(List.of(), List.of(DONE_CHAN)), true, (g, a) -> {
            Ctx c = self(a[0]).cancelable();
            return c == null ? null : c.done;
        });
        Natives.method(CTX, "Err", Natives.sig(List.of(), List.of(Types.ERROR)), true, (g, a) -> {
            Ctx c = self(a[0]).cancelable();
            if (c == null) {
                return null;
            }
            synchronized (c) {
                return c.err;
            }
        });
        Natives.method(CTX, "Deadline", Natives.sig(List.of(), List.of(TimePackage.TIME, Types.BOOL)), true,
                (g, a) -> deadline(g, self(a[0])));
        Natives.method(CTX, "Value", Natives.sig(List.of(Types.ANY), List.of(Types.ANY)), true, (g, a) -> {
            Ctx c = self(a[0]);
            while (c != null) {
                if (c.isValue && Values.equal(c.key, a[1])) {
                    return c.value;
                }
                if (c.parent == null) {
                    return null;
                }
                Ctx p = ctxOf(c.parent);
                if (p == null) {
                    return call(g, c.parent, "Value", a[1]);
                }
                c = p;
            }
            return null;
        });
        Natives.method(CTX, "String", Natives.sig(List.of(), List.of(Types.STRING)), true, (g, a) -> self(a[0]).name);
    }

    private static Object[] deadline(Goroutine g, Ctx c) {
        while (c != null) {
            if (c.deadline != null) {
                return new Object[] {Values.copy(c.deadline), true};
            }
            if (c.parent == null) {
                break;
            }
            Ctx p = ctxOf(c.parent);
            if (p == null) {
                return (Object[]) call(g, c.parent, "Deadline");
            }
            c = p;
        }
        return new Object[] {gomini.runtime.Zero.of(TimePackage.TIME), false};
    }

    private static Iface parentOrPanic(Object parent) {
        if (parent == null) {
            throw Natives.panicString("cannot create context from nil parent");
        }
        return (Iface) parent;
    }

    private static String nameOf(Goroutine g, Iface parent) {
        Ctx p = ctxOf(parent);
        if (p != null) {
            return p.name;
        }
        GoFunc s = Methods.lookup(parent.type(), "String");
        return s != null ? (String) s.call(g, new Object[] {parent.value()}) : parent.type().toString();
    }

    /** A new cancelable child of parent, registered for propagation (or canceled at once). */
    private static Ctx newCancelCtx(Goroutine g, Iface parent, String suffix) {
        Ctx c = new Ctx(nameOf(g, parent) + suffix, parent, true, false, null, null);
        Ctx p = ctxOf(parent);
        Ctx pc = p == null ? null : p.cancelable();
        if (pc != null) {
            Iface perr;
            synchronized (pc) {
                perr = pc.err;
                if (perr == null) {
                    pc.children.add(c);
                }
            }
            if (perr != null) {
                c.cancel(perr, false);
            }
        }
        return c;
    }

    private static GoFunc cancelFunc(Ctx c) {
        return (g, a) -> {
            c.cancel(CANCELED, true);
            return null;
        };
    }

    private static Object[] withDeadline(Goroutine g, Iface parent, Object deadline, String suffix) {
        Ctx pctx = ctxOf(parent);
        Object[] cur = pctx != null ? deadline(g, pctx) : (Object[]) call(g, parent, "Deadline");
        if ((Boolean) cur[1] && TimePackage.compare(cur[0], deadline) < 0) {
            // The parent's deadline comes first: this is just a cancel context.
            Ctx c = newCancelCtx(g, parent, ".WithCancel");
            return new Object[] {wrap(c), cancelFunc(c)};
        }
        Ctx c = newCancelCtx(g, parent, suffix);
        c.deadline = Values.copy(deadline);
        long nanos = TimePackage.sub(deadline, TimePackage.now());
        if (nanos <= 0) {
            c.cancel(DEADLINE_EXCEEDED, true);
        } else {
            synchronized (c) {
                if (c.err == null) {
                    c.timer = g.scheduler().timers().afterFunc(nanos, () -> c.cancel(DEADLINE_EXCEEDED, true));
                }
            }
        }
        return new Object[] {wrap(c), cancelFunc(c)};
    }

    public static GoPackage create() {
        GoPackage p = new GoPackage("context");
        Signature withCancel = Natives.sig(List.of(CONTEXT), List.of(CONTEXT, CANCEL_FUNC));
        p.type("Context", CONTEXT);
        p.type("CancelFunc", CANCEL_FUNC);
        p.var("Canceled", Types.ERROR, io -> CANCELED);
        p.var("DeadlineExceeded", Types.ERROR, io -> DEADLINE_EXCEEDED);
        Iface background = wrap(new Ctx("context.Background", null, false, false, null, null));
        Iface todo = wrap(new Ctx("context.TODO", null, false, false, null, null));
        p.func("Background", Natives.sig(List.of(), List.of(CONTEXT)), (g, a) -> background);
        p.func("TODO", Natives.sig(List.of(), List.of(CONTEXT)), (g, a) -> todo);
        p.func("WithCancel", withCancel, (g, a) -> {
            Ctx c = newCancelCtx(g, parentOrPanic(a[0]), ".WithCancel");
            return new Object[] {wrap(c), cancelFunc(c)};
        });
        p.func("WithTimeout", Natives.sig(List.of(CONTEXT, TimePackage.DURATION), List.of(CONTEXT, CANCEL_FUNC)),
                (g, a) -> {
                    Object deadline = TimePackage.add(TimePackage.now(), (Long) a[1]);
                    return withDeadline(g, parentOrPanic(a[0]), deadline,
                            ".WithDeadline(" + TimePackage.timeString(deadline) + " ["
                                    + Durations.format((Long) a[1]) + "])");
                });
        p.func("WithDeadline", Natives.sig(List.of(CONTEXT, TimePackage.TIME), List.of(CONTEXT, CANCEL_FUNC)),
                (g, a) -> withDeadline(g, parentOrPanic(a[0]), a[1],
                        ".WithDeadline(" + TimePackage.timeString(a[1]) + ")"));
        p.func("WithValue", Natives.sig(List.of(CONTEXT, Types.ANY, Types.ANY), List.of(CONTEXT)), (g, a) -> {
            Iface parent = parentOrPanic(a[0]);
            if (a[1] == null) {
                throw Natives.panicString("nil key");
            }
            if (!Types.comparable(((Iface) a[1]).type())) {
                throw Natives.panicString("key is not comparable");
            }
            return wrap(new Ctx(nameOf(g, parent) + ".WithValue", parent, false, true, a[1], a[2]));
        });
        return p;
    }
}
