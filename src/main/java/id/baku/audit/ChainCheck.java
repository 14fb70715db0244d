package id.baku.audit;

/**
 * The outcome of walking a pemda's audit chain.
 *
 * @param eventsChecked how many events were found intact, in order, before the first break (all of
 *                      them when the chain is intact)
 * @param brokenSeq     the sequence number where the chain first breaks; null when intact, or when
 *                      the pemda has no chain head at all
 * @param reason        why it breaks there; null when intact
 */
public record ChainCheck(boolean intact, long eventsChecked, Long brokenSeq, ChainBreak reason) {

    static ChainCheck intact(long events) {
        return new ChainCheck(true, events, null, null);
    }

    static ChainCheck broken(long eventsChecked, Long seq, ChainBreak reason) {
        return new ChainCheck(false, eventsChecked, seq, reason);
    }
}
