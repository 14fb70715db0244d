package id.baku.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The signed-in user as kept in the HTTP session: who they are and which pemda they act for. */
public final class BakuPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final Long tenantId;
    private final String tenantCode;
    private final String tenantName;
    private final String username;
    private final String fullName;
    private final Set<AppRole> roles;
    private final boolean enabled;
    private String passwordHash;

    public BakuPrincipal(UserAccount account) {
        this.userId = account.userId();
        this.tenantId = account.tenantId();
        this.tenantCode = account.tenantCode();
        this.tenantName = account.tenantName();
        this.username = account.username();
        this.fullName = account.fullName();
        this.roles = Set.copyOf(account.roles());
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    public long userId() {
        return userId;
    }

    /** The pemda of this user; null for a platform admin. */
    public Long tenantId() {
        return tenantId;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String tenantName() {
        return tenantName;
    }

    public String fullName() {
        return fullName;
    }

    public Set<AppRole> roles() {
        return roles;
    }

    public boolean hasRole(AppRole role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
