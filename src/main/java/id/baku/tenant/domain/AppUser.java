package id.baku.tenant.domain;

import id.baku.security.AppRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person of a pemda who uses Baku. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @TenantId
    private Long tenantId;
    private String username;
    private String fullName;
    private String nip;
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private boolean demo;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<AppRole> roles = EnumSet.noneOf(AppRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_position", joinColumns = @JoinColumn(name = "user_id"))
    private Set<PositionAssignment> positions = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, Instant createdAt) {
        this.username = username;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public Set<AppRole> getRoles() { return roles; }
    public void setRoles(Set<AppRole> roles) { this.roles.clear(); this.roles.addAll(roles); }
    public Set<PositionAssignment> getPositions() { return positions; }
    public void setPositions(Set<PositionAssignment> positions) { this.positions.clear(); this.positions.addAll(positions); }
    public Instant getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
