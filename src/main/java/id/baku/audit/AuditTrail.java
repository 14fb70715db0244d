package id.baku.audit;

import id.baku.audit.domain.AuditChainHead;
import id.baku.audit.domain.AuditChainHeadRepository;
import id.baku.audit.domain.AuditEvent;
import id.baku.audit.domain.AuditEventRepository;
import id.baku.audit.domain.ChainPosition;
import id.baku.shared.audit.Audited;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Appends each {@link Audited} to its pemda's hash chain, synchronously and inside the transaction
 * that did the action: the action and its event commit or roll back together, and an action that
 * cannot be recorded does not happen. The chain head stays locked until that transaction ends,
 * so concurrent appends in one pemda queue and the sequence has no gaps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // a new pemda's chain exists before any other contributor could record something
class AuditTrail implements TenantDataContributor {

    private final AuditChainHeadRepository heads;
    private final AuditEventRepository events;

    AuditTrail(AuditChainHeadRepository heads, AuditEventRepository events) {
        this.heads = heads;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Audited event) {
        long tenantId = TenantContext.requireTenantId();
        if (event.tenantId() != tenantId) {
            throw new IllegalStateException("Audit event of pemda " + event.tenantId()
                    + " published while working for pemda " + tenantId);
        }
        String actor = required("actor", event.actor(), 100);
        String action = required("action", event.action(), 100);
        String subject = required("subject", event.subject(), 200);
        if (event.at() == null) {
            throw new IllegalArgumentException("Audit event without a time: " + action);
        }
        if (heads.advance() != 1) {
            throw new IllegalStateException("No audit chain for pemda " + tenantId);
        }
        ChainPosition head = heads.position().orElseThrow();
        Instant at = AuditHash.stored(event.at());
        String details = AuditHash.details(event.details());
        String hash = AuditHash.hash(head.hash(), head.seq(), at, actor, action, subject, details);
        events.save(new AuditEvent(head.seq(), at, actor, action, subject, details, head.hash(), hash));
        heads.seal(head.seq(), hash);
    }

    /** Every new pemda starts its chain empty. */
    @Override
    public void load(TenantData data) {
        if (!heads.existsBy()) {
            heads.save(new AuditChainHead(0, AuditHash.GENESIS));
        }
    }

    private static String required(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("Audit event " + name + " must be 1 to " + maxLength + " characters: "
                    + value);
        }
        return value;
    }
}
