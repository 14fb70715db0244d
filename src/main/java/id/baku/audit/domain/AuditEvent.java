package id.baku.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/**
 * One event of a pemda's audit chain. Immutable: Hibernate never writes a change to it, and its
 * repository offers no way to delete it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private long seq;
    private Instant at;
    private String actor;
    private String action;
    private String subject;
    /** Canonical JSON, keys sorted: exactly the text the hash covers. */
    private String details;
    private String prevHash;
    private String hash;

    protected AuditEvent() {
    }

    public long getSeq() { return seq; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
