package id.baku.security.saml;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.AuthnRequestParams;
import com.onelogin.saml2.util.Constants;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.authentication.AbstractSaml2AuthenticationRequest;
import org.springframework.security.saml2.provider.service.authentication.Saml2RedirectAuthenticationRequest;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.web.RelyingPartyRegistrationResolver;
import org.springframework.security.saml2.provider.service.web.authentication.Saml2AuthenticationRequestResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

/**
 * Builds the signed AuthnRequest (HTTP-Redirect binding, RSA-SHA256) for
 * {@code /saml2/authenticate/{pemda}} or {@code /saml2/authenticate?registrationId=<pemda>} with
 * java-saml. Spring's filter keeps it in the session (so the response's InResponseTo can be
 * checked against this browser's request) and redirects to the IdP.
 */
class SamlAuthenticationRequests implements Saml2AuthenticationRequestResolver {

    private final RelyingPartyRegistrationResolver registrations;
    private final RequestMatcher byPath = PathPatternRequestMatcher.withDefaults().matcher("/saml2/authenticate/{registrationId}");
    private final RequestMatcher byParameter = PathPatternRequestMatcher.withDefaults().matcher("/saml2/authenticate");

    SamlAuthenticationRequests(RelyingPartyRegistrationResolver registrations) {
        this.registrations = registrations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends AbstractSaml2AuthenticationRequest> T resolve(HttpServletRequest request) {
        String id = null;
        RequestMatcher.MatchResult path = byPath.matcher(request);
        if (path.isMatch()) {
            id = path.getVariables().get("registrationId");
        } else if (byParameter.matches(request)) {
            id = request.getParameter("registrationId");
        }
        if (id == null) {
            return null;
        }
        RelyingPartyRegistration registration = registrations.resolve(request, id);
        if (registration == null) {
            return null;
        }
        AuthnRequest authnRequest = new AuthnRequest(JavaSamlSettings.of(registration),
                new AuthnRequestParams(false, false, true));
        try {
            String samlRequest = authnRequest.getEncodedAuthnRequest(true);
            String sigAlg = Constants.RSA_SHA256;
            // the IdP checks the signature over the query exactly as Spring's filter encodes it
            String signed = "SAMLRequest=" + UriUtils.encode(samlRequest, StandardCharsets.ISO_8859_1)
                    + "&SigAlg=" + UriUtils.encode(sigAlg, StandardCharsets.ISO_8859_1);
            Saml2X509Credential credential = registration.getSigningX509Credentials().iterator().next();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(credential.getPrivateKey());
            signature.update(signed.getBytes(StandardCharsets.UTF_8));
            return (T) Saml2RedirectAuthenticationRequest.withRelyingPartyRegistration(registration)
                    .samlRequest(samlRequest)
                    .sigAlg(sigAlg)
                    .signature(Base64.getEncoder().encodeToString(signature.sign()))
                    .id(authnRequest.getId())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the AuthnRequest", e);
        }
    }
}
