package id.baku.security;

import com.onelogin.saml2.logout.LogoutRequest;
import com.onelogin.saml2.util.Constants;
import id.baku.security.saml.JavaSamlSettings;
import id.baku.security.saml.SamlRegistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.saml2.provider.service.authentication.Saml2AssertionAuthentication;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.web.DefaultRelyingPartyRegistrationResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Single Logout, started by Baku: signing out of a session that came through SSO ends Baku's session and
 * sends the browser to the IdP with a signed LogoutRequest (HTTP-Redirect, RSA-SHA256), so the IdP's session
 * ends too and the next "Masuk dengan SSO" asks for the password again. The IdP answers at
 * {@code /logout/saml2/slo/{pemda}}; by then nothing is left to end in Baku, so the answer only leads back to
 * the login page (it grants nothing, so it is not checked). Without an SLO address in the IdP's metadata, a
 * sign-out ends Baku's session only.
 */
@Component
public class SamlLogout {

    private static final Logger LOG = LoggerFactory.getLogger(SamlLogout.class);

    public static final String START = "/saml2/logout";
    public static final String SLO = "/logout/saml2/slo/{registrationId}";

    private final DefaultRelyingPartyRegistrationResolver resolver;
    private final RequestMatcher start = PathPatternRequestMatcher.withDefaults().matcher(START);
    private final RequestMatcher answer = PathPatternRequestMatcher.withDefaults().matcher(SLO);

    SamlLogout(SamlRegistrations registrations) {
        this.resolver = new DefaultRelyingPartyRegistrationResolver(registrations);
    }

    /** Whether the signed-in user came through SSO with an IdP that has Single Logout. */
    public boolean applies() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof Saml2AssertionAuthentication saml && saml.getRelyingPartyRegistrationId() != null;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (start.matches(request) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
                    // a link on another site must not sign the user out (the sign-out is a plain GET)
                    response.sendRedirect(request.getContextPath() + "/");
                } else if (start.matches(request)) {
                    String target = logoutRequest(request).orElse(request.getContextPath() + "/login?logout");
                    end(request);
                    response.sendRedirect(target);
                } else if (answer.matches(request)) {
                    end(request);
                    response.sendRedirect(request.getContextPath() + "/login?logout");
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The IdP's SLO address with a signed LogoutRequest for this session's NameID and SessionIndex. */
    private Optional<String> logoutRequest(HttpServletRequest request) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof Saml2AssertionAuthentication saml)) {
            return Optional.empty();
        }
        RelyingPartyRegistration registration = resolver.resolve(request, saml.getRelyingPartyRegistrationId());
        if (registration == null || registration.getAssertingPartyMetadata().getSingleLogoutServiceLocation() == null) {
            return Optional.empty();
        }
        var assertion = saml.getCredentials();
        String sessionIndex = assertion.getSessionIndexes().isEmpty() ? null : assertion.getSessionIndexes().getFirst();
        LogoutRequest logout = new LogoutRequest(JavaSamlSettings.of(registration), null, assertion.getNameId(), sessionIndex);
        try {
            String samlRequest = logout.getEncodedLogoutRequest(true);
            String query = "SAMLRequest=" + UriUtils.encode(samlRequest, StandardCharsets.ISO_8859_1)
                    + "&SigAlg=" + UriUtils.encode(Constants.RSA_SHA256, StandardCharsets.ISO_8859_1);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(registration.getSigningX509Credentials().iterator().next().getPrivateKey());
            signature.update(query.getBytes(StandardCharsets.UTF_8));
            String location = registration.getAssertingPartyMetadata().getSingleLogoutServiceLocation();
            return Optional.of(location + (location.contains("?") ? "&" : "?") + query + "&Signature="
                    + UriUtils.encode(Base64.getEncoder().encodeToString(signature.sign()), StandardCharsets.ISO_8859_1));
        } catch (IOException | GeneralSecurityException e) {
            LOG.error("SAML logout request for pemda {} could not be made; Baku's session ends only",
                    saml.getRelyingPartyRegistrationId(), e);
            return Optional.empty();
        }
    }
}
