package id.baku.security.saml;

import id.baku.security.BakuPrincipal;
import id.baku.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.saml2.core.Saml2Error;
import org.springframework.security.saml2.provider.service.authentication.Saml2AssertionAuthentication;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationToken;
import org.springframework.security.saml2.provider.service.authentication.Saml2ResponseAssertion;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a SAML response posted to a pemda's endpoint into the same {@link BakuPrincipal} a
 * password sign-in makes, inside Spring's {@link Saml2AssertionAuthentication}. Every refusal is
 * logged with its reason and pemda and answered with one generic error. Deliberately not a bean:
 * an {@code AuthenticationProvider} bean would replace the password sign-in's provider in Spring
 * Security's global authentication manager.
 */
public class SamlAuthenticationProvider implements AuthenticationProvider {

    static final Logger LOG = LoggerFactory.getLogger(SamlAuthenticationProvider.class);

    private final SamlStore store;
    private final SamlResponseValidator validator;
    private final SamlAccountMapper mapper;

    SamlAuthenticationProvider(SamlStore store, SamlResponseValidator validator, SamlAccountMapper mapper) {
        this.store = store;
        this.validator = validator;
        this.mapper = mapper;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Saml2AuthenticationToken token = (Saml2AuthenticationToken) authentication;
        RelyingPartyRegistration registration = token.getRelyingPartyRegistration();
        String pemda = registration.getRegistrationId();
        try {
            SamlTenantSettings settings = store.byTenantCode(pemda).filter(s -> s.form().enabled())
                    .orElseThrow(() -> new SamlRejected("SSO is off for this pemda"));
            ValidatedAssertion assertion = validator.validate(settings.tenantId(), token.getSaml2Response(),
                    registration, token.getAuthenticationRequest(), settings.idpInitiatedAllowed());
            UserAccount account = mapper.account(settings, assertion);
            BakuPrincipal principal = new BakuPrincipal(account);
            principal.eraseCredentials();
            Map<String, List<Object>> attributes = new HashMap<>();
            assertion.attributes().forEach((name, values) -> attributes.put(name, List.copyOf(values)));
            LOG.info("SAML sign-in of {} in pemda {} (assertion {})", account.username(), pemda, assertion.assertionId());
            return new Saml2AssertionAuthentication(principal,
                    Saml2ResponseAssertion.withResponseValue(token.getSaml2Response()).nameId(assertion.nameId())
                            .sessionIndexes(assertion.sessionIndexes()).attributes(attributes).build(),
                    principal.getAuthorities(), pemda);
        } catch (SamlRejected e) {
            LOG.warn("SAML response refused for pemda {}: {}", pemda, e.getMessage());
            throw new Saml2AuthenticationException(switch (e.kind()) {
                case UNKNOWN_USER -> new Saml2Error(UNKNOWN_USER, "No such user in this pemda");
                case DISABLED_USER -> new Saml2Error(DISABLED_USER, "The user is switched off");
                case REFUSED -> Saml2Error.invalidResponse("The SAML response was refused");
            }, e);
        }
    }

    /** Error codes that the login page explains in its own words. */
    static final String UNKNOWN_USER = "baku_unknown_user";
    static final String DISABLED_USER = "baku_disabled_user";

    @Override
    public boolean supports(Class<?> authentication) {
        return Saml2AuthenticationToken.class.isAssignableFrom(authentication);
    }
}
