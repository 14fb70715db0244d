package id.baku.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * Where a pemda's chain ends: the last sequence number and hash. Changed only by the bulk updates
 * of {@link AuditChainHeadRepository}, which lock the row for the appending transaction.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private long lastSeq;
    private String lastHash;

    protected AuditChainHead() {
    }

    public AuditChainHead(long lastSeq, String lastHash) {
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }
}
