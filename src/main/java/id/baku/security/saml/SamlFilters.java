package id.baku.security.saml;

import com.onelogin.saml2.settings.Metadata;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.saml2.core.Saml2Error;
import org.springframework.security.saml2.core.Saml2ParameterNames;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.saml2.provider.service.authentication.AbstractSaml2AuthenticationRequest;
import org.springframework.security.saml2.provider.service.metadata.Saml2MetadataResolver;
import org.springframework.security.saml2.provider.service.web.DefaultRelyingPartyRegistrationResolver;
import org.springframework.security.saml2.provider.service.web.HttpSessionSaml2AuthenticationRequestRepository;
import org.springframework.security.saml2.provider.service.web.Saml2AuthenticationRequestRepository;
import org.springframework.security.saml2.provider.service.web.Saml2AuthenticationTokenConverter;
import org.springframework.security.saml2.provider.service.web.Saml2MetadataFilter;
import org.springframework.security.saml2.provider.service.web.Saml2WebSsoAuthenticationRequestFilter;
import org.springframework.security.saml2.provider.service.web.authentication.Saml2WebSsoAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;

/**
 * Spring Security's own SAML 2.0 filters, wired by hand because {@code http.saml2Login()} needs
 * OpenSAML: the AuthnRequest filter, the ACS filter ({@code /login/saml2/sso/{pemda}}) over
 * {@link SamlAuthenticationProvider}, and the SP metadata filter
 * ({@code /saml2/service-provider-metadata/{pemda}}).
 */
@Component
public class SamlFilters {

    public static final String ACS_PATTERN = "/login/saml2/sso/{registrationId}";
    public static final String FAILURE_URL = "/login?sso-error";

    private final DefaultRelyingPartyRegistrationResolver resolver;
    private final SamlAuthenticationProvider provider;
    private final RequestMatcher acs = PathPatternRequestMatcher.withDefaults().matcher(ACS_PATTERN);
    private final Saml2AuthenticationRequestRepository<AbstractSaml2AuthenticationRequest> requests =
            new HttpSessionSaml2AuthenticationRequestRepository();

    SamlFilters(SamlRegistrations registrations, SamlStore store, SamlResponseValidator validator,
                SamlAccountMapper mapper) {
        this.resolver = new DefaultRelyingPartyRegistrationResolver(registrations);
        this.provider = new SamlAuthenticationProvider(store, validator, mapper);
    }

    public Saml2WebSsoAuthenticationRequestFilter authenticationRequestFilter() {
        Saml2WebSsoAuthenticationRequestFilter filter =
                new Saml2WebSsoAuthenticationRequestFilter(new SamlAuthenticationRequests(resolver));
        filter.setAuthenticationRequestRepository(requests);
        return filter;
    }

    public Saml2WebSsoAuthenticationFilter assertionConsumerFilter() {
        Saml2AuthenticationTokenConverter converter = new Saml2AuthenticationTokenConverter(resolver);
        converter.setAuthenticationRequestRepository(requests);
        AuthenticationConverter checked = request -> {
            Saml2AuthenticationToken token = converter.convert(request);
            checkEndpoint(request, token);
            return token;
        };
        Saml2WebSsoAuthenticationFilter filter = new SessionlessPostResubmitted(checked);
        filter.setAuthenticationRequestRepository(requests);
        filter.setAuthenticationManager(new ProviderManager(provider));
        filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        filter.setAuthenticationSuccessHandler(success);
        filter.setAuthenticationFailureHandler((request, response, exception) -> {
            String code = exception instanceof Saml2AuthenticationException saml ? saml.getSaml2Error().getErrorCode() : "";
            String url = switch (code) {
                case SamlAuthenticationProvider.UNKNOWN_USER -> FAILURE_URL + "=unknown-user";
                case SamlAuthenticationProvider.DISABLED_USER -> FAILURE_URL + "=disabled-user";
                default -> FAILURE_URL;
            };
            new org.springframework.security.web.DefaultRedirectStrategy().sendRedirect(request, response, url);
        });
        return filter;
    }

    /**
     * The ACS filter, except that a response posted without Baku's session cookie is first sent
     * back to the same address from a page of Baku's own. The IdP's form post comes from another
     * site, and browsers send a session cookie without a SameSite attribute on such a post only in
     * the first two minutes (Chromium's "Lax+POST"): whoever spends longer at the IdP (a password
     * typed slowly, a second factor) arrived without a session, so without this browser's
     * AuthnRequest, and was refused as unsolicited. Posted again from Baku's page, the request is
     * same-site and carries the cookie; a response that still has no session is processed (and
     * refused) as before. Posted again only once ({@value #RESUBMITTED}).
     */
    static final class SessionlessPostResubmitted extends Saml2WebSsoAuthenticationFilter {

        static final String RESUBMITTED = "baku-resubmitted";

        SessionlessPostResubmitted(AuthenticationConverter converter) {
            super(converter, ACS_PATTERN);
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            if (request.getSession(false) == null && "POST".equals(request.getMethod())
                    && request.getParameter(Saml2ParameterNames.SAML_RESPONSE) != null
                    && request.getParameter(RESUBMITTED) == null && requiresAuthentication(request, (HttpServletResponse) res)) {
                resubmit(request, (HttpServletResponse) res);
                return;
            }
            super.doFilter(req, res, chain);
        }

        private static void resubmit(HttpServletRequest request, HttpServletResponse response) throws IOException {
            // no action: the form goes back to the address the browser posted to, as it saw it (behind a proxy too)
            StringBuilder form = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                    + "<title>Baku</title></head><body onload=\"document.forms[0].submit()\"><form method=\"post\">");
            hidden(form, Saml2ParameterNames.SAML_RESPONSE, request.getParameter(Saml2ParameterNames.SAML_RESPONSE));
            hidden(form, Saml2ParameterNames.RELAY_STATE, request.getParameter(Saml2ParameterNames.RELAY_STATE));
            hidden(form, RESUBMITTED, "1");
            form.append("<noscript><input type=\"submit\" value=\"&#8594;\"></noscript></form></body></html>");
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(form.toString());
        }

        private static void hidden(StringBuilder form, String name, String value) {
            if (value != null) {
                form.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(HtmlUtils.htmlEscape(value)).append("\">");
            }
        }
    }

    /**
     * Spring resolves the registration from this browser's stored AuthnRequest when there is one;
     * a response posted to another pemda's endpoint than its request's is refused here.
     */
    private void checkEndpoint(HttpServletRequest request, Saml2AuthenticationToken token) {
        if (token == null) {
            return;
        }
        RequestMatcher.MatchResult match = acs.matcher(request);
        String posted = match.isMatch() ? match.getVariables().get("registrationId") : null;
        String resolved = token.getRelyingPartyRegistration().getRegistrationId();
        if (!resolved.equals(posted)) {
            SamlAuthenticationProvider.LOG.warn("SAML response refused for pemda {}: posted to the endpoint of {}"
                    + " but this browser's AuthnRequest was for {}", posted, posted, resolved);
            throw new Saml2AuthenticationException(Saml2Error.invalidResponse("The SAML response was refused"));
        }
    }

    public Filter metadataFilter() {
        Saml2MetadataResolver metadata = registration -> {
            try {
                return new Metadata(JavaSamlSettings.of(registration)).getMetadataString();
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        };
        return new Saml2MetadataFilter(resolver, metadata);
    }
}
