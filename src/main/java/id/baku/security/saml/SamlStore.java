package id.baku.security.saml;

import id.baku.security.SamlSettingsForm;
import id.baku.security.SsoMatch;
import id.baku.security.SsoTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The SAML tables. Security does not know the tenant module's entities, and a SAML response
 * arrives before anyone has signed in (no pemda is bound), so these queries name their pemda
 * explicitly: every statement has {@code tenant_id = :tenant} or looks a pemda up by its code.
 */
@Component
public class SamlStore {

    private static final String SETTINGS = """
            select t.id, t.code, t.name, s.enabled, s.idp_metadata, s.idp_entity_id, s.match_kind, s.match_attribute,
                   s.name_attribute, s.role_attribute, s.role_mapping, s.position_attribute, s.position_mapping,
                   s.jit_enabled, s.password_login_disabled, s.break_glass_username, s.idp_initiated_allowed, s.version
            from saml_settings s join tenant t on t.id = s.tenant_id""";

    private final JdbcClient jdbc;

    SamlStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SamlTenantSettings> byTenantCode(String code) {
        return jdbc.sql(SETTINGS + " where t.code = :code").param("code", code).query(SamlStore::settings).optional();
    }

    public Optional<SamlTenantSettings> byTenantId(long tenantId) {
        return jdbc.sql(SETTINGS + " where t.id = :tenant").param("tenant", tenantId).query(SamlStore::settings).optional();
    }

    public List<SsoTenant> enabledTenants() {
        return jdbc.sql("""
                        select t.code, t.name from saml_settings s join tenant t on t.id = s.tenant_id
                        where s.enabled order by t.name""")
                .query((rs, row) -> new SsoTenant(rs.getString(1), rs.getString(2))).list();
    }

    /** True when saved; false when someone else saved in between (the version moved). */
    public boolean save(long tenantId, SamlSettingsForm form, String idpEntityId, Instant now) {
        if (form.version() < 0) {
            return jdbc.sql("""
                            insert ignore into saml_settings (tenant_id, enabled, idp_metadata, idp_entity_id, match_kind,
                                match_attribute, name_attribute, role_attribute, role_mapping, position_attribute,
                                position_mapping, jit_enabled, password_login_disabled, break_glass_username,
                                idp_initiated_allowed, updated_at)
                            values (:tenant, :enabled, :metadata, :entity, :match, :matchAttr, :nameAttr, :roleAttr,
                                :roleMap, :posAttr, :posMap, :jit, :noPassword, :breakGlass, :idpInitiated, :now)""")
                    .params(params(tenantId, form, idpEntityId, now)).update() == 1;
        }
        return jdbc.sql("""
                        update saml_settings set enabled = :enabled, idp_metadata = :metadata, idp_entity_id = :entity,
                            match_kind = :match, match_attribute = :matchAttr, name_attribute = :nameAttr,
                            role_attribute = :roleAttr, role_mapping = :roleMap, position_attribute = :posAttr,
                            position_mapping = :posMap, jit_enabled = :jit, password_login_disabled = :noPassword,
                            break_glass_username = :breakGlass, idp_initiated_allowed = :idpInitiated,
                            updated_at = :now, version = version + 1
                        where tenant_id = :tenant and version = :version""")
                .params(params(tenantId, form, idpEntityId, now)).param("version", form.version()).update() == 1;
    }

    private static java.util.Map<String, Object> params(long tenantId, SamlSettingsForm form, String idpEntityId,
                                                        Instant now) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("tenant", tenantId);
        p.put("enabled", form.enabled());
        p.put("metadata", form.idpMetadataXml());
        p.put("entity", idpEntityId);
        p.put("match", form.match().name());
        p.put("matchAttr", form.matchAttribute());
        p.put("nameAttr", form.nameAttribute());
        p.put("roleAttr", form.roleAttribute());
        p.put("roleMap", form.roleMapping());
        p.put("posAttr", form.positionAttribute());
        p.put("posMap", form.positionMapping());
        p.put("jit", form.jitEnabled());
        p.put("noPassword", form.passwordLoginDisabled());
        p.put("breakGlass", form.breakGlassUsername());
        p.put("idpInitiated", form.idpInitiatedAllowed());
        p.put("now", utc(now));
        return p;
    }

    public Optional<StoredKey> activeKey(long tenantId) {
        return jdbc.sql("""
                        select id, certificate, private_key, created_at from saml_key
                        where tenant_id = :tenant and retired_at is null order by id desc limit 1""")
                .param("tenant", tenantId)
                .query((rs, row) -> new StoredKey(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .optional();
    }

    /** Retires the pemda's current key and makes {@code certificate} the one in use. */
    public void replaceKey(long tenantId, String certificatePem, String encryptedKey, Instant now) {
        jdbc.sql("update saml_key set retired_at = :now where tenant_id = :tenant and retired_at is null")
                .param("now", utc(now)).param("tenant", tenantId).update();
        jdbc.sql("""
                        insert into saml_key (tenant_id, certificate, private_key, created_at)
                        values (:tenant, :cert, :key, :now)""")
                .param("tenant", tenantId).param("cert", certificatePem).param("key", encryptedKey)
                .param("now", utc(now)).update();
    }

    /**
     * Records an assertion id as used; false when it was used before (a replay). Ids whose
     * assertions have expired are forgotten first: such an assertion is refused for its age anyway.
     */
    public boolean markAssertionUsed(long tenantId, String assertionId, Instant expiresAt, Instant now) {
        jdbc.sql("delete from saml_assertion_used where tenant_id = :tenant and expires_at < :now")
                .param("tenant", tenantId).param("now", utc(now)).update();
        return jdbc.sql("""
                        insert ignore into saml_assertion_used (tenant_id, assertion_id, expires_at)
                        values (:tenant, :id, :expires)""")
                .param("tenant", tenantId).param("id", assertionId).param("expires", utc(expiresAt)).update() == 1;
    }

    /** Whether the pemda allows password sign-in for {@code username} (SSO may have turned it off). */
    public boolean passwordLoginAllowed(long tenantId, String username) {
        return jdbc.sql("""
                        select count(*) from saml_settings where tenant_id = :tenant and enabled
                        and password_login_disabled and (break_glass_username is null or break_glass_username <> :username)""")
                .param("tenant", tenantId).param("username", username).query(Integer.class).single() == 0;
    }

    private static SamlTenantSettings settings(ResultSet rs, int row) throws SQLException {
        return new SamlTenantSettings(rs.getLong(1), rs.getString(2), rs.getString(3), new SamlSettingsForm(
                rs.getBoolean(4), rs.getString(5), SsoMatch.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getBoolean(14), rs.getBoolean(15), rs.getString(16), rs.getBoolean(17), rs.getInt(18)),
                rs.getString(6), rs.getBoolean(17));
    }

    /** Instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** A signing key as stored: the certificate in PEM, the private key encrypted. */
    public record StoredKey(long id, String certificatePem, String encryptedKey, Instant createdAt) {
    }
}
