package gomini.types;

/**
 * A method of a Named type or an Interface. pointerRecv is true for {@code func (p *T) M()}.
 * impl is left for the compiler to attach the executable code to (null for interface methods).
 */
public final class Func {
    private final String name;
    private final Signature sig;
    private final boolean pointerRecv;
    private Object impl;

    public Func(String name, Signature sig, boolean pointerRecv) {
        this.name = name;
        this.sig = sig;
        this.pointerRecv = pointerRecv;
    }

    public String name() {
        return name;
    }

    public Signature sig() {
        return sig;
    }

    public boolean pointerRecv() {
        return pointerRecv;
    }

    public Object impl() {
        return impl;
    }

    public void setImpl(Object impl) {
        this.impl = impl;
    }

    @Override
    public String toString() {
        return name + sig.toString().substring("func".length());
    }
}
