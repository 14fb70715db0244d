package id.baku.security.saml;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrationRepository;
import org.springframework.security.saml2.provider.service.registration.Saml2MessageBinding;
import org.springframework.stereotype.Component;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * One relying-party registration per pemda with SSO turned on, its id being the pemda's code.
 * Read from the database on every use, so a tenant admin's change applies to the next request
 * without a restart. Baku's addresses are templates that Spring fills in from the request.
 */
@Component
public class SamlRegistrations implements RelyingPartyRegistrationRepository {

    public static final String ENTITY_ID = "{baseUrl}/saml2/service-provider-metadata/{registrationId}";
    public static final String ACS = "{baseUrl}/login/saml2/sso/{registrationId}";
    public static final String SLO = "{baseUrl}/logout/saml2/slo/{registrationId}";
    private static final Logger LOG = LoggerFactory.getLogger(SamlRegistrations.class);

    private final SamlStore store;
    private final SamlKeys keys;

    SamlRegistrations(SamlStore store, SamlKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public RelyingPartyRegistration findByRegistrationId(String registrationId) {
        if (registrationId == null || !registrationId.matches("[a-z0-9-]{1,50}")) {
            return null;
        }
        return store.byTenantCode(registrationId).filter(s -> s.form().enabled()).flatMap(this::registration).orElse(null);
    }

    Optional<RelyingPartyRegistration> registration(SamlTenantSettings settings) {
        Optional<SamlStore.StoredKey> key = store.activeKey(settings.tenantId());
        if (key.isEmpty()) {
            LOG.error("SAML of pemda {} is on but has no signing key", settings.tenantCode());
            return Optional.empty();
        }
        IdpMetadata idp;
        try {
            idp = IdpMetadata.parse(settings.form().idpMetadataXml());
        } catch (IllegalArgumentException e) {
            LOG.error("SAML of pemda {}: stored IdP metadata unusable: {}", settings.tenantCode(), e.getMessage());
            return Optional.empty();
        }
        PrivateKey privateKey = keys.decrypt(key.get().encryptedKey());
        X509Certificate certificate = SamlKeys.certificate(key.get().certificatePem());
        return Optional.of(RelyingPartyRegistration.withRegistrationId(settings.tenantCode())
                .entityId(ENTITY_ID)
                .assertionConsumerServiceLocation(ACS)
                .assertionConsumerServiceBinding(Saml2MessageBinding.POST)
                .singleLogoutServiceLocation(SLO)
                .singleLogoutServiceBinding(Saml2MessageBinding.REDIRECT)
                .signingX509Credentials(c -> c.add(Saml2X509Credential.signing(privateKey, certificate)))
                .assertingPartyMetadata(party -> party
                        .entityId(idp.entityId())
                        .singleSignOnServiceLocation(idp.ssoUrl())
                        .singleSignOnServiceBinding(Saml2MessageBinding.REDIRECT)
                        .singleLogoutServiceLocation(idp.sloUrl())
                        .wantAuthnRequestsSigned(true)
                        .verificationX509Credentials(c -> idp.certificates()
                                .forEach(cert -> c.add(Saml2X509Credential.verification(cert)))))
                .build());
    }
}
