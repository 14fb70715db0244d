package id.baku.tenant.domain;

import id.baku.security.AppRole;
import id.baku.security.UserAccount;
import id.baku.security.UserAccountSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in lookup. At sign-in no pemda is known yet, so these native queries read across tenants
 * by design: they find the one account with the given (globally unique) username.
 */
@Component
class TenantUserAccounts implements UserAccountSource {

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

    private Set<AppRole> roles(long userId) {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        jdbc.sql("select role from app_user_role where user_id = :id").param("id", userId)
                .query(String.class).list().forEach(r -> roles.add(AppRole.valueOf(r)));
        return roles;
    }
}
