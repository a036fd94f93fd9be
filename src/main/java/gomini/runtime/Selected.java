package gomini.runtime;

/**
 * What a select did: index of the case that ran (-1 for default), and for a receive case the value
 * received and ok (false for the zero value of a closed channel).
 */
public record Selected(int index, Object value, boolean ok) {
    static final Selected DEFAULT = new Selected(-1, null, false);
}
