package id.baku.tenant.domain;

import id.baku.security.ApiTokenAccount;
import id.baku.security.ApiTokenSource;
import id.baku.security.AppRole;
import id.baku.security.UserAccount;
import id.baku.security.UserAccountSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in lookup. At sign-in no pemda is known yet, so these native queries read across tenants
 * by design: they find the one account with the given (globally unique) username, or the one
 * API token with the given (globally unique) hash together with its owner.
 */
@Component
class TenantUserAccounts implements UserAccountSource, ApiTokenSource {

    private final JdbcClient jdbc;

    TenantUserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        Optional<UserAccount> tenantUser = jdbc.sql("""
                        select u.id, u.tenant_id, t.code, t.name, u.username, u.full_name, u.password_hash, u.enabled, u.demo
                        from app_user u join tenant t on t.id = u.tenant_id where u.username = :username""")
                .param("username", username)
                .query((rs, row) -> new UserAccount(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
                        roles(rs.getLong(1))))
                .optional();
        if (tenantUser.isPresent()) {
            return tenantUser;
        }
        return jdbc.sql("select id, username, full_name, password_hash, enabled, demo from platform_user where username = :username")
                .param("username", username)
                .query((rs, row) -> new UserAccount(rs.getLong(1), null, null, null, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), Set.of(AppRole.PLATFORM_ADMIN)))
                .optional();
    }

    /** The token's owner must belong to the token's pemda; the join says so, whatever the rows claim. */
    @Override
    @Transactional(readOnly = true)
    public Optional<ApiTokenAccount> findByHash(String tokenHash) {
        return jdbc.sql("""
                        select k.id, k.demo, k.expires_at, k.revoked_at, k.last_used_at,
                               u.id, u.tenant_id, t.code, t.name, u.username, u.full_name, u.enabled, u.demo
                        from api_token k
                        join app_user u on u.id = k.user_id and u.tenant_id = k.tenant_id
                        join tenant t on t.id = k.tenant_id
                        where k.token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, row) -> new ApiTokenAccount(rs.getLong(1), rs.getBoolean(2), utc(rs, 3), utc(rs, 4),
                        utc(rs, 5), new UserAccount(rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), null, rs.getBoolean(12), rs.getBoolean(13),
                        roles(rs.getLong(6)))))
                .optional();
    }

    /** Only moves forward, so concurrent requests cannot set an older time. */
    @Override
    @Transactional
    public void markUsed(long tokenId, Instant when) {
        LocalDateTime utc = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
        jdbc.sql("update api_token set last_used_at = :when where id = :id and (last_used_at is null or last_used_at < :when)")
                .param("when", utc).param("id", tokenId).update();
    }

    /** Instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    private static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private Set<AppRole> roles(long userId) {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        jdbc.sql("select role from app_user_role where user_id = :id").param("id", userId)
                .query(String.class).list().forEach(r -> roles.add(AppRole.valueOf(r)));
        return roles;
    }
}
