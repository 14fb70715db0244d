package id.baku.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A platform admin: runs Baku, creates pemda, belongs to none. */
@Entity
@Table(name = "platform_user")
public class PlatformUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String fullName;
    private String passwordHash;
    private boolean enabled = true;
    private boolean demo;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected PlatformUser() {
    }

    public PlatformUser(String username, String fullName, String passwordHash, boolean demo, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public boolean isDemo() { return demo; }
}
