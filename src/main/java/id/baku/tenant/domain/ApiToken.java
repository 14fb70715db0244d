package id.baku.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;

/** A personal API token of a user: only the SHA-256 of its secret and the secret's first characters are kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    @Column(updatable = false)
    private long userId;
    private String name;
    @Column(updatable = false)
    private String tokenHash;
    @Column(updatable = false)
    private String prefix;
    @Column(updatable = false)
    private boolean demo;
    @Column(updatable = false)
    private Instant createdAt;
    /** Written by the sign-in lookup, never through this entity. */
    @Column(insertable = false, updatable = false)
    private Instant lastUsedAt;
    private Instant expiresAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, String tokenHash, String prefix, boolean demo, Instant createdAt,
                    Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.demo = demo;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public String getName() { return name; }
    public String getTokenHash() { return tokenHash; }
    public String getPrefix() { return prefix; }
    public boolean isDemo() { return demo; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }

    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    /** Demo mode only: a sample admin's demo token works again after each start. */
    public void restore() {
        revokedAt = null;
    }
}
