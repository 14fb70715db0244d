package id.baku.tenant;

import id.baku.security.ApiTokenSecrets;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.tenant.domain.ApiToken;
import id.baku.tenant.domain.ApiTokenRepository;
import id.baku.tenant.domain.AppUser;
import id.baku.tenant.domain.AppUserRepository;
import id.baku.tenant.domain.TenantRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Personal API tokens: every user of a pemda creates and revokes their own; the tenant admin sees
 * all tokens of the pemda and can revoke any of them. A token acts with its owner's roles in the
 * owner's pemda (see {@code security.ApiTokenAuthenticationFilter}).
 */
@Service
public class ApiTokenService {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_ACTIVE_PER_USER = 10;

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final TenantRepository tenants;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, TenantRepository tenants, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ApiTokenRecord> listMine() {
        BakuPrincipal me = tenantUser();
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(me.userId()).stream()
                .map(t -> record(t, me.getUsername(), me.fullName(), now)).toList();
    }

    /**
     * A new token for the signed-in user. {@code expiresOn} (optional) is the last day it works,
     * in the pemda's time zone. The secret is in the answer and nowhere else: Baku keeps its hash.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public CreatedApiToken create(String name, LocalDate expiresOn) {
        BakuPrincipal me = tenantUser();
        String label = Checks.required("name", name, MAX_NAME_LENGTH);
        Instant now = clock.instant();
        Instant expiresAt = null;
        if (expiresOn != null) {
            ZoneId zone = tenants.findById(me.tenantId()).orElseThrow().getTimeZone().zone();
            if (expiresOn.isBefore(LocalDate.ofInstant(now, zone))) {
                throw new InvalidInputException("expiresOn", "token.error.expiry-past");
            }
            expiresAt = expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
        }
        if (tokens.countActive(me.userId(), now) >= MAX_ACTIVE_PER_USER) {
            throw new InvalidInputException("name", "token.error.too-many", MAX_ACTIVE_PER_USER);
        }
        String secret = ApiTokenSecrets.newSecret();
        ApiToken token = tokens.saveAndFlush(new ApiToken(me.userId(), label, ApiTokenSecrets.hash(secret),
                ApiTokenSecrets.prefix(secret), false, now, expiresAt));
        return new CreatedApiToken(record(token, me.getUsername(), me.fullName(), now), secret);
    }

    /**
     * Revokes a token at once. Users revoke their own; the tenant admin any of the pemda. Another
     * user's token, or another pemda's, is "not found" for everyone else. Revoking twice is harmless.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional
    public void revoke(long tokenId) {
        BakuPrincipal me = tenantUser();
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId() == me.userId() || me.hasRole(AppRole.TENANT_ADMIN))
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke(clock.instant());
    }

    /** Every token of the pemda with its owner, newest first: for the tenant admin. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenRecord> listTenant() {
        tenantUser();
        Instant now = clock.instant();
        Map<Long, AppUser> owners = users.findAll().stream().collect(Collectors.toMap(AppUser::getId, Function.identity()));
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(t -> {
            AppUser owner = owners.get(t.getUserId());
            return record(t, owner == null ? "?" : owner.getUsername(), owner == null ? "?" : owner.getFullName(), now);
        }).toList();
    }

    /** Tokens belong to users of a pemda; the platform admin has none. */
    private static BakuPrincipal tenantUser() {
        BakuPrincipal me = CurrentUser.require();
        if (me.tenantId() == null) {
            throw new AccessDeniedException("API tokens belong to users of a pemda");
        }
        return me;
    }

    static ApiTokenStatus status(ApiToken t, Instant now) {
        if (t.getRevokedAt() != null) {
            return ApiTokenStatus.REVOKED;
        }
        return t.getExpiresAt() != null && !t.getExpiresAt().isAfter(now) ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
    }

    private static ApiTokenRecord record(ApiToken t, String username, String ownerName, Instant now) {
        return new ApiTokenRecord(t.getId(), t.getUserId(), username, ownerName, t.getName(), t.getPrefix(),
                t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt(), t.getRevokedAt(), t.isDemo(), status(t, now));
    }
}
