package id.baku.security.saml;

import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Constants;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * java-saml's settings for one resolved {@link RelyingPartyRegistration}: strict validation,
 * signed AuthnRequests (RSA-SHA256), the schema check on, deprecated algorithms refused, and the
 * IdP's certificates from the pemda's metadata as the only keys a signature may verify with.
 */
public final class JavaSamlSettings {

    private JavaSamlSettings() {
    }

    public static Saml2Settings of(RelyingPartyRegistration registration) {
        Map<String, Object> values = new HashMap<>();
        values.put(SettingsBuilder.STRICT_PROPERTY_KEY, true);
        values.put(SettingsBuilder.DEBUG_PROPERTY_KEY, false);
        values.put(SettingsBuilder.SP_ENTITYID_PROPERTY_KEY, registration.getEntityId());
        values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, registration.getAssertionConsumerServiceLocation());
        values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_BINDING_PROPERTY_KEY, Constants.BINDING_HTTP_POST);
        values.put(SettingsBuilder.SP_NAMEIDFORMAT_PROPERTY_KEY, Constants.NAMEID_UNSPECIFIED);
        if (registration.getSingleLogoutServiceLocation() != null) {
            values.put(SettingsBuilder.SP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, registration.getSingleLogoutServiceLocation());
            values.put(SettingsBuilder.SP_SINGLE_LOGOUT_SERVICE_BINDING_PROPERTY_KEY, Constants.BINDING_HTTP_REDIRECT);
        }
        Saml2X509Credential signing = registration.getSigningX509Credentials().iterator().next();
        values.put(SettingsBuilder.SP_X509CERT_PROPERTY_KEY, SamlKeys.pem(signing.getCertificate()));
        values.put(SettingsBuilder.SP_PRIVATEKEY_PROPERTY_KEY, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(signing.getPrivateKey().getEncoded()) + "\n-----END PRIVATE KEY-----");
        var idp = registration.getAssertingPartyMetadata();
        values.put(SettingsBuilder.IDP_ENTITYID_PROPERTY_KEY, idp.getEntityId());
        values.put(SettingsBuilder.IDP_SINGLE_SIGN_ON_SERVICE_URL_PROPERTY_KEY, idp.getSingleSignOnServiceLocation());
        values.put(SettingsBuilder.IDP_SINGLE_SIGN_ON_SERVICE_BINDING_PROPERTY_KEY, Constants.BINDING_HTTP_REDIRECT);
        if (idp.getSingleLogoutServiceLocation() != null) {
            values.put(SettingsBuilder.IDP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, idp.getSingleLogoutServiceLocation());
        }
        List<X509Certificate> certificates = new ArrayList<>();
        idp.getVerificationX509Credentials().forEach(c -> certificates.add(c.getCertificate()));
        values.put(SettingsBuilder.IDP_X509CERT_PROPERTY_KEY, SamlKeys.pem(certificates.getFirst()));
        for (int i = 1; i < certificates.size(); i++) {
            values.put(SettingsBuilder.IDP_X509CERTMULTI_PROPERTY_KEY + "." + (i - 1), SamlKeys.pem(certificates.get(i)));
        }
        values.put(SettingsBuilder.SECURITY_AUTHREQUEST_SIGNED, true);
        values.put(SettingsBuilder.SECURITY_WANT_XML_VALIDATION, true);
        values.put(SettingsBuilder.SECURITY_REJECT_UNSOLICITED_RESPONSES_WITH_INRESPONSETO, true);
        values.put(SettingsBuilder.SECURITY_REJECT_DEPRECATED_ALGORITHM, true);
        values.put(SettingsBuilder.SECURITY_SIGNATURE_ALGORITHM, Constants.RSA_SHA256);
        values.put(SettingsBuilder.SECURITY_DIGEST_ALGORITHM, Constants.SHA256);
        values.put(SettingsBuilder.SECURITY_WANT_NAMEID, true);
        values.put(SettingsBuilder.COMPRESS_REQUEST, true);
        return new SettingsBuilder().fromValues(values).build();
    }
}
