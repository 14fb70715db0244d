package id.baku.security;

import id.baku.security.saml.IdpMetadata;
import id.baku.security.saml.SamlKeys;
import id.baku.security.saml.SamlStore;
import id.baku.security.saml.SamlTenantSettings;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pemda's SAML 2.0 single sign-on: the tenant admin uploads the IdP metadata and chooses how
 * assertions map to users; Baku keeps a signing key per pemda (made on first save, rotatable) and
 * publishes its SP metadata. Changes apply to the next request: the SAML filters read them from
 * the database every time.
 */
@Service
public class SamlSettingsService {

    private static final int MAX_METADATA = 200_000;

    private final SamlStore store;
    private final SamlKeys keys;
    private final UserAccountSource accounts;
    private final SsoAccountSource ssoAccounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    SamlSettingsService(SamlStore store, SamlKeys keys, UserAccountSource accounts, SsoAccountSource ssoAccounts,
                        ApplicationEventPublisher events,
                        Clock clock, @Value("${baku.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.keys = keys;
        this.accounts = accounts;
        this.ssoAccounts = ssoAccounts;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The pemda of the signed-in tenant admin; empty settings (version -1) when none are saved. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional(readOnly = true)
    public SamlOverview overview() {
        BakuPrincipal admin = CurrentUser.require();
        long tenantId = admin.tenantId();
        Optional<SamlTenantSettings> saved = store.byTenantId(tenantId);
        SamlSettingsForm form = saved.map(SamlTenantSettings::form).orElse(new SamlSettingsForm(false, "",
                SsoMatch.USERNAME, "", "", "", "", "", "", false, false, "", -1));
        IdpMetadata idp = saved.map(s -> IdpMetadata.parse(s.form().idpMetadataXml())).orElse(null);
        var key = store.activeKey(tenantId);
        X509Certificate certificate = key.map(k -> SamlKeys.certificate(k.certificatePem())).orElse(null);
        String code = admin.tenantCode();
        return new SamlOverview(form, idp == null ? null : idp.entityId(), idp == null ? null : idp.ssoUrl(),
                baseUrl + "/saml2/service-provider-metadata/" + code, baseUrl + "/login/saml2/sso/" + code,
                baseUrl + "/saml2/service-provider-metadata/" + code,
                key.map(SamlStore.StoredKey::certificatePem).orElse(null),
                key.map(SamlStore.StoredKey::createdAt).orElse(null),
                certificate == null ? null : certificate.getNotAfter().toInstant());
    }

    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public SamlOverview save(SamlSettingsForm input) {
        BakuPrincipal admin = CurrentUser.require();
        long tenantId = admin.tenantId();
        SamlSettingsForm form = checked(input, tenantId);
        IdpMetadata idp;
        try {
            idp = IdpMetadata.parse(form.idpMetadataXml());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("idpMetadataXml", "saml.error.metadata", e.getMessage());
        }
        if (!store.save(tenantId, form, idp.entityId(), clock.instant())) {
            throw new InvalidInputException("error.concurrent-change");
        }
        if (store.activeKey(tenantId).isEmpty()) {
            newKey(tenantId, admin.tenantCode());
        }
        events.publishEvent(new Audited(tenantId, clock.instant(), admin.getUsername(), "saml.settings-changed",
                "saml:" + admin.tenantCode(), Map.of("enabled", String.valueOf(form.enabled()), "idp", idp.entityId(),
                "match", form.match().name(), "jit", String.valueOf(form.jitEnabled()),
                "passwordLoginDisabled", String.valueOf(form.passwordLoginDisabled()),
                "idpInitiatedAllowed", String.valueOf(form.idpInitiatedAllowed()))));
        return overview();
    }

    /** A new signing key and certificate; the IdP must be given Baku's new metadata. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public SamlOverview rotateKey() {
        BakuPrincipal admin = CurrentUser.require();
        newKey(admin.tenantId(), admin.tenantCode());
        events.publishEvent(new Audited(admin.tenantId(), clock.instant(), admin.getUsername(), "saml.key-rotated",
                "saml:" + admin.tenantCode(), Map.of()));
        return overview();
    }

    /** Pemda whose staff sign in through their IdP, for the login page; no sign-in needed. */
    @Transactional(readOnly = true)
    public List<SsoTenant> ssoTenants() {
        return store.enabledTenants();
    }

    /**
     * The pemda a host name belongs to when its first label is a pemda code with SSO on
     * ({@code kota-tangerang.baku.example.go.id}).
     */
    @Transactional(readOnly = true)
    public Optional<SsoTenant> ssoTenantForHost(String host) {
        if (host == null || host.indexOf('.') < 1) {
            return Optional.empty();
        }
        String label = host.substring(0, host.indexOf('.')).toLowerCase(Locale.ROOT);
        return store.enabledTenants().stream().filter(t -> t.code().equals(label)).findFirst();
    }

    private void newKey(long tenantId, String tenantCode) {
        Instant now = clock.instant();
        SamlKeys.Generated generated = keys.generate(tenantCode, now);
        store.replaceKey(tenantId, generated.certificatePem(), generated.encryptedKey(), now);
    }

    private SamlSettingsForm checked(SamlSettingsForm form, long tenantId) {
        String metadata = form.idpMetadataXml() == null ? "" : form.idpMetadataXml().strip();
        if (metadata.isEmpty()) {
            throw new InvalidInputException("idpMetadataXml", "saml.error.metadata-required");
        }
        if (metadata.length() > MAX_METADATA) {
            throw new InvalidInputException("idpMetadataXml", "validation.too-long", MAX_METADATA);
        }
        SsoMatch match = Checks.present("match", form.match());
        String roleMapping = mapping("roleMapping", form.roleMapping(), true);
        String positionMapping = mapping("positionMapping", form.positionMapping(), false);
        if (positionMapping != null) {
            for (String line : positionMapping.split("\n")) {
                String jabatan = line.substring(line.indexOf('=') + 1);
                if (!ssoAccounts.hasPosition(tenantId, jabatan)) {
                    throw new InvalidInputException("positionMapping", "saml.error.mapping-position", jabatan);
                }
            }
        }
        String breakGlass = Checks.optional("breakGlassUsername", form.breakGlassUsername(), 100);
        if (form.passwordLoginDisabled()) {
            if (breakGlass == null) {
                throw new InvalidInputException("breakGlassUsername", "saml.error.break-glass-required");
            }
            breakGlass = breakGlass.toLowerCase(Locale.ROOT);
            boolean admin = accounts.findByUsername(breakGlass)
                    .filter(a -> a.tenantId() != null && a.tenantId() == tenantId)
                    .filter(a -> a.enabled() && a.passwordHash() != null && a.roles().contains(AppRole.TENANT_ADMIN))
                    .isPresent();
            if (!admin) {
                throw new InvalidInputException("breakGlassUsername", "saml.error.break-glass");
            }
        }
        return new SamlSettingsForm(form.enabled(), metadata, match,
                Checks.optional("matchAttribute", form.matchAttribute(), 200),
                Checks.optional("nameAttribute", form.nameAttribute(), 200),
                Checks.optional("roleAttribute", form.roleAttribute(), 200), roleMapping,
                Checks.optional("positionAttribute", form.positionAttribute(), 200), positionMapping,
                form.jitEnabled(), form.passwordLoginDisabled(), breakGlass, form.idpInitiatedAllowed(), form.version());
    }

    /** Lines {@code value=target}; for roles the target must be a pemda role's code. */
    private static String mapping(String field, String text, boolean roles) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder clean = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1 || eq == line.length() - 1) {
                throw new InvalidInputException(field, "saml.error.mapping-line", line);
            }
            String target = line.substring(eq + 1).strip();
            if (roles && AppRole.fromCode(target).filter(r -> r != AppRole.PLATFORM_ADMIN).isEmpty()) {
                throw new InvalidInputException(field, "saml.error.mapping-role", target);
            }
            // "penyusun = sop-author" maps the value "penyusun": spaces around '=' are layout, not data.
            clean.append(line.substring(0, eq).strip()).append('=').append(target).append('\n');
        }
        if (clean.length() > 10_000) {
            throw new InvalidInputException(field, "validation.too-long", 10_000);
        }
        return clean.isEmpty() ? null : clean.toString().strip();
    }
}
