package gomini.runtime;

/**
 * A variable that lives outside its frame because a closure captures it or its address is taken.
 * Identity is the variable's identity.
 */
public final class Cell implements Pointer {
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }

    @Override
    public Object load() {
        return value;
    }

    @Override
    public void store(Object v) {
        value = v;
    }
}
