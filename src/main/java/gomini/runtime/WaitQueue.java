package gomini.runtime;

/**
 * A channel's FIFO queue of blocked senders or receivers, guarded by the channel's lock. Nodes of a
 * select that has already completed elsewhere are stale: they are skipped and dropped when met, and the
 * select removes its remaining nodes itself (O(1) unlink) once it wakes.
 */
final class WaitQueue {
    /**
     * One case of one blocked operation, waiting on one channel. A plain send or receive queues its
     * {@link Waiter} itself (a Waiter is a Node whose waiter is itself): one object per blocked goroutine
     * instead of two, 24 bytes less for each of a million parked ones.
     */
    static class Node {
        Waiter waiter;
        final int caseIndex;
        /** The value to send (send nodes); in a Waiter, also the received value (see {@link Waiter}). */
        Object value;
        /** The channel a select's node waits on (null in a Waiter: only the select unlinks its nodes). */
        final Channel channel;
        Node prev;
        Node next;
        boolean linked;

        Node(Waiter waiter, int caseIndex, Object value, Channel channel) {
            this.waiter = waiter;
            this.caseIndex = caseIndex;
            this.value = value;
            this.channel = channel;
        }
    }

    private Node head;
    private Node tail;

    void add(Node n) {
        n.prev = tail;
        n.next = null;
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        n.linked = true;
    }

    boolean isEmpty() {
        return head == null;
    }

    /** The only node, if there is exactly one; else null. */
    Node sole() {
        return head == tail ? head : null;
    }

    void remove(Node n) {
        if (!n.linked) {
            return;
        }
        if (n.prev == null) {
            head = n.next;
        } else {
            n.prev.next = n.next;
        }
        if (n.next == null) {
            tail = n.prev;
        } else {
            n.next.prev = n.prev;
        }
        n.prev = null;
        n.next = null;
        n.linked = false;
    }

    /** Removes and returns the first node whose waiter this call could claim, dropping stale nodes. */
    Node pollClaim() {
        Node n;
        while ((n = head) != null) {
            remove(n);
            if (n.waiter.claim(n.caseIndex)) {
                return n;
            }
        }
        return null;
    }

    /** Whether some node's waiter is still unclaimed (someone is really waiting here). */
    boolean hasLive() {
        for (Node n = head; n != null; n = n.next) {
            if (n.waiter.winner() < 0) {
                return true;
            }
        }
        return false;
    }
}
