package id.baku.audit;

import id.baku.audit.domain.AuditChainHead;
import id.baku.audit.domain.AuditChainHeadRepository;
import id.baku.audit.domain.ChainPosition;
import id.baku.shared.audit.Audited;
import id.baku.tenant.TenantContext;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends each {@link Audited} to its pemda's hash chain inside the transaction that did the action: the
 * action and its events commit or roll back together, and an action that cannot be recorded does not
 * happen. A transaction's events are checked when published and written together just before it commits
 * (one locked read of the chain head, one multi-row insert, one head update), so the head — the one row
 * every action of the pemda writes — is locked last and only for the commit; concurrent appends in one
 * pemda queue there and the sequence has no gaps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // a new pemda's chain exists before any other contributor could record something
class AuditTrail implements TenantDataContributor {

    private final AuditChainHeadRepository heads;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    AuditTrail(AuditChainHeadRepository heads, JdbcClient jdbc, EntityManager entityManager) {
        this.heads = heads;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
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
        // Looked up among the current transaction's synchronizations, which an inner REQUIRES_NEW transaction
        // does not see: its events are its own.
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending(tenantId);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(new Entry(AuditHash.stored(event.at()), actor, action, subject,
                AuditHash.details(event.details())));
    }

    private static final int ROWS_PER_INSERT = 500;

    private record Entry(Instant at, String actor, String action, String subject, String details) {
    }

    /** One transaction's events, written before it commits. */
    private final class Pending implements TransactionSynchronization {

        final long tenantId;
        final List<Entry> events = new ArrayList<>();

        Pending(long tenantId) {
            this.tenantId = tenantId;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // The action's own pending changes reach the database first, so the head stays the last row locked.
            entityManager.flush();
            ChainPosition head = jdbc.sql("select last_seq, last_hash from audit_chain_head where tenant_id = ? for update")
                    .param(tenantId).query((rs, row) -> new ChainPosition(rs.getLong(1), rs.getString(2))).optional()
                    .orElseThrow(() -> new IllegalStateException("No audit chain for pemda " + tenantId));
            long seq = head.seq();
            String hash = head.hash();
            // Rows of 9 parameters, 500 at a time: a prepared statement takes at most 65,535 parameters.
            for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
                List<Entry> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder("insert into audit_event "
                        + "(tenant_id, seq, at, actor, action, subject, details, prev_hash, hash) values ");
                List<Object> values = new ArrayList<>();
                for (Entry e : chunk) {
                    seq++;
                    String previous = hash;
                    hash = AuditHash.hash(previous, seq, e.at(), e.actor(), e.action(), e.subject(), e.details());
                    sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    // Instants are stored as UTC wall-clock times, as Hibernate does (hibernate.jdbc.time_zone=UTC).
                    values.addAll(List.of(tenantId, seq, LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC), e.actor(),
                            e.action(), e.subject(), e.details(), previous, hash));
                }
                jdbc.sql(sql.toString()).params(values).update();
            }
            jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?")
                    .params(seq, hash, tenantId).update();
        }
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
