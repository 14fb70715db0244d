package id.baku.tenant.domain;

import id.baku.security.AppRole;
import id.baku.security.SsoAccountSource;
import id.baku.security.SsoMatch;
import id.baku.security.SsoNewUser;
import id.baku.security.UserAccount;
import id.baku.security.UserAccountSource;
import id.baku.shared.audit.Audited;
import id.baku.tenant.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users for SSO sign-in. The pemda is known from the SAML registration, so every lookup and the
 * just-in-time creation run bound to it and Hibernate's tenant filter scopes them; only the
 * global username check reads across pemda, through the reviewed {@link UserAccountSource}.
 */
@Component
class SsoAccounts implements SsoAccountSource {

    private final AppUserRepository users;
    private final TenantRepository tenants;
    private final PositionRepository positions;
    private final UserAccountSource allAccounts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SsoAccounts(AppUserRepository users, TenantRepository tenants, PositionRepository positions,
                UserAccountSource allAccounts, PlatformTransactionManager transactionManager,
                ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tenants = tenants;
        this.positions = positions;
        this.allAccounts = allAccounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean hasPosition(long tenantId, String positionName) {
        return Boolean.TRUE.equals(TenantContext.callAs(tenantId, () -> transactions.execute(
                status -> positions.findByName(positionName).isPresent())));
    }

    @Override
    public Optional<UserAccount> findForSso(long tenantId, SsoMatch match, String value) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            Optional<AppUser> user = switch (match) {
                case NIP -> users.findByNip(value);
                case USERNAME -> users.findByUsername(value);
                case EMAIL -> {
                    // e-mail addresses are not unique in Baku: more than one holder matches no one
                    List<AppUser> holders = users.findAllByEmailIgnoreCase(value);
                    yield holders.size() == 1 ? Optional.of(holders.getFirst()) : Optional.empty();
                }
            };
            return user.filter(u -> u.getTenantId() == tenantId).map(u -> account(tenantId, u));
        }));
    }

    @Override
    public UserAccount createForSso(long tenantId, SsoNewUser newUser) {
        String username = freeUsername(newUser.username());
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> {
            AppUser user = new AppUser(username, clock.instant());
            user.setFullName(newUser.fullName());
            user.setNip(newUser.nip());
            user.setEmail(newUser.email());
            Set<AppRole> roles = newUser.roles().isEmpty() ? EnumSet.of(AppRole.STAFF) : EnumSet.copyOf(newUser.roles());
            roles.remove(AppRole.PLATFORM_ADMIN);
            user.setRoles(roles.isEmpty() ? EnumSet.of(AppRole.STAFF) : roles);
            Set<PositionAssignment> held = new HashSet<>();
            newUser.positionNames().forEach(name -> positions.findByName(name)
                    .ifPresent(p -> held.add(new PositionAssignment(p.getId(), false))));
            user.setPositions(held);
            AppUser saved = users.saveAndFlush(user);
            events.publishEvent(new Audited(tenantId, clock.instant(), "baku", "user.created-by-sso",
                    "user:" + saved.getId(), Map.of("username", username, "roles", saved.getRoles().toString())));
            return account(tenantId, saved);
        }));
    }

    /** Usernames are unique across Baku; a taken one gets a number. */
    private String freeUsername(String wanted) {
        String base = wanted.length() > 90 ? wanted.substring(0, 90) : wanted;
        String candidate = base;
        for (int i = 2; allAccounts.findByUsername(candidate).isPresent(); i++) {
            candidate = base + "." + i;
        }
        return candidate;
    }

    private UserAccount account(long tenantId, AppUser user) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        return new UserAccount(user.getId(), tenantId, tenant.getCode(), tenant.getName(), user.getUsername(),
                user.getFullName(), user.getPasswordHash(), user.isEnabled(), user.isDemo(), Set.copyOf(user.getRoles()));
    }
}
