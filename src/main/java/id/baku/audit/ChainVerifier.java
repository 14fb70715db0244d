package id.baku.audit;

import id.baku.audit.domain.AuditChainHeadRepository;
import id.baku.audit.domain.AuditEventRepository;
import id.baku.audit.domain.ChainPosition;
import id.baku.audit.domain.StoredEvent;
import id.baku.tenant.TenantContext;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Walks a pemda's chain in sequence order, recomputes every hash and link, and compares the end
 * with the chain head. The head and the events are read in one transaction, so one consistent
 * snapshot is checked while appends go on.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 1000;

    private final AuditChainHeadRepository heads;
    private final AuditEventRepository events;
    private final TransactionTemplate readOnly;

    ChainVerifier(AuditChainHeadRepository heads, AuditEventRepository events, PlatformTransactionManager transactions) {
        this.heads = heads;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The chain of the given pemda; the caller has checked who may ask. */
    ChainCheck check(long tenantId) {
        return TenantContext.callAs(tenantId, () -> readOnly.execute(tx -> walk()));
    }

    private ChainCheck walk() {
        Optional<ChainPosition> head = heads.position();
        if (head.isEmpty()) {
            return ChainCheck.broken(0, null, ChainBreak.HEAD_MISMATCH);
        }
        long expected = 1;
        String previousHash = AuditHash.GENESIS;
        List<StoredEvent> batch = events.after(0, Limit.of(BATCH));
        while (!batch.isEmpty()) {
            for (StoredEvent e : batch) {
                long checked = expected - 1;
                if (e.seq() < expected) {
                    return ChainCheck.broken(checked, e.seq(), ChainBreak.INSERTED);
                }
                if (e.seq() > expected) {
                    return ChainCheck.broken(checked, expected, ChainBreak.MISSING);
                }
                if (e.seq() > head.get().seq()) {
                    return ChainCheck.broken(checked, e.seq(), ChainBreak.INSERTED);
                }
                // The link first: an event that was moved still matches its own hash, but not its place.
                if (!e.prevHash().equals(previousHash)) {
                    return ChainCheck.broken(checked, e.seq(), ChainBreak.INSERTED);
                }
                if (!AuditHash.hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details())
                        .equals(e.hash())) {
                    return ChainCheck.broken(checked, e.seq(), ChainBreak.EDITED);
                }
                previousHash = e.hash();
                expected++;
            }
            batch = events.after(batch.getLast().seq(), Limit.of(BATCH));
        }
        long last = expected - 1;
        if (last < head.get().seq()) {
            return ChainCheck.broken(last, expected, ChainBreak.MISSING);
        }
        if (!previousHash.equals(head.get().hash())) {
            return ChainCheck.broken(last, last, ChainBreak.HEAD_MISMATCH);
        }
        return ChainCheck.intact(last);
    }
}
