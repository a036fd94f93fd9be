package gomini.runtime;

/**
 * The cases of one select as it runs: per case (in source order) its channel (null for a nil chan, never
 * ready) and whether it sends, and the order {@link Select} locks the channels in. Immutable, so a select
 * statement keeps the last one and reuses it while its channels stay the same (a select in a loop over
 * the same channels, the common case), sorting and allocating nothing then.
 */
public final class SelectCases {
    final Channel[] chans;
    final boolean[] sends;
    /** The distinct non-nil channels, sorted by id: two selects take shared locks in the same order. */
    final Channel[] locks;
    /** Bit i set: case i has a channel. Only for up to 64 cases (see {@link Select}). */
    final long live;

    /** chans and sends are kept, not copied: neither may change afterwards. */
    public SelectCases(Channel[] chans, boolean[] sends) {
        if (chans.length != sends.length) {
            throw new IllegalArgumentException(chans.length + " channels, " + sends.length + " send flags");
        }
        this.chans = chans;
        this.sends = sends;
        this.locks = lockOrder(chans);
        long m = 0;
        for (int i = 0; i < chans.length && i < 64; i++) {
            if (chans[i] != null) {
                m |= 1L << i;
            }
        }
        this.live = m;
    }

    public int size() {
        return chans.length;
    }

    /** Case i's channel (null for a nil chan). */
    public Channel channel(int i) {
        return chans[i];
    }

    private static Channel[] lockOrder(Channel[] chans) {
        Channel[] a = new Channel[chans.length];
        int k = 0;
        for (Channel ch : chans) {
            if (ch == null) {
                continue;
            }
            int j = k;
            while (j > 0 && a[j - 1].id > ch.id) {
                j--;
            }
            if (j > 0 && a[j - 1] == ch) {
                continue;
            }
            System.arraycopy(a, j, a, j + 1, k - j);
            a[j] = ch;
            k++;
        }
        return k == a.length ? a : java.util.Arrays.copyOf(a, k);
    }
}
