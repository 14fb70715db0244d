package id.baku.security.saml;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.onelogin.saml2.util.Util;
import id.baku.security.BakuPrincipal;
import id.baku.security.SamlSettingsForm;
import id.baku.security.SamlSettingsService;
import id.baku.security.SsoMatch;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.apache.xml.security.signature.XMLSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The hostile-response corpus: SAML responses crafted with the test's own IdP keys, each broken in
 * one way, posted to Kota Tangerang's ACS endpoint the way a browser would. Every one must be
 * refused, logged with a reason, and leave the session without a sign-in; the well-formed ones
 * beside them show that the refusal comes from the defect, not from a setup that refuses all.
 */
@IntegrationTest
class SamlResponseCorpusIntegrationTest {

    static final String TANGERANG = "kota-tangerang";
    static final String LAMANDAU = "kabupaten-lamandau";
    static final String BASE = "http://localhost";
    static final String USER = "penelaah.humas.tangerang";
    static final String DSIG = SamlResponseValidator.DSIG;
    static final TestIdp IDP = new TestIdp("https://idp.tangerang.test/realms/pemda", "CN=idp.tangerang.test");
    static final TestIdp LAMANDAU_IDP = new TestIdp("https://idp.lamandau.test/realms/pemda", "CN=idp.lamandau.test");

    @Autowired WebApplicationContext context;
    @Autowired SignIn signIn;
    @Autowired SamlSettingsService settings;

    MockMvc mvc;
    ListAppender<ILoggingEvent> log;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        configure("admin.tangerang", IDP);
        configure("admin.lamandau", LAMANDAU_IDP);
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(SamlAuthenticationProvider.class)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(SamlAuthenticationProvider.class)).detachAppender(log);
        SignIn.out();
    }

    private void configure(String admin, TestIdp idp) throws Exception {
        signIn.as(admin);
        var current = settings.overview().settings();
        if (current.version() < 0 || !current.idpMetadataXml().equals(idp.metadata().strip())) {
            settings.save(new SamlSettingsForm(true, idp.metadata(), SsoMatch.USERNAME, "", "", "", "", "", "",
                    false, false, "", current.version()));
        }
        SignIn.out();
    }

    // ---- the well-formed responses: these sign in -------------------------------------------

    @Test
    void a_response_with_a_signed_assertion_signs_the_user_in_like_a_password_would() throws Exception {
        Login login = start(TANGERANG);
        TestIdp.Spec spec = spec(login.requestId);
        assertSignedIn(postResponse(TANGERANG, login.session, signedAssertion(spec)));
        BakuPrincipal principal = principal(login.session);
        assertThat(principal.getUsername()).isEqualTo(USER);
        assertThat(principal.tenantCode()).isEqualTo(TANGERANG);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
    }

    @Test
    void an_unsolicited_response_signs_in_only_where_the_pemda_allows_idp_initiated_login() throws Exception {
        String xml = signedAssertion(spec(null));
        MockHttpSession portal = new MockHttpSession();
        assertThat(postResponse(TANGERANG, portal, xml).getResponse().getRedirectedUrl()).isEqualTo("/login?sso-error");
        idpInitiated(true);
        try {
            MockHttpSession fromPortal = new MockHttpSession();
            assertSignedIn(postResponse(TANGERANG, fromPortal, signedAssertion(spec(null))));
            assertThat(principal(fromPortal).getUsername()).isEqualTo(USER);
        } finally {
            idpInitiated(false);
        }
    }

    private void idpInitiated(boolean allowed) {
        signIn.as("admin.tangerang");
        SamlSettingsForm f = settings.overview().settings();
        settings.save(new SamlSettingsForm(f.enabled(), f.idpMetadataXml(), f.match(), f.matchAttribute(),
                f.nameAttribute(), f.roleAttribute(), f.roleMapping(), f.positionAttribute(), f.positionMapping(),
                f.jitEnabled(), f.passwordLoginDisabled(), f.breakGlassUsername(), allowed, f.version()));
        SignIn.out();
    }

    @Test
    void a_signed_response_and_a_response_with_both_signatures_sign_in_too() throws Exception {
        Login first = start(TANGERANG);
        assertSignedIn(postResponse(TANGERANG, first.session, signedResponse(spec(first.requestId))));
        Login second = start(TANGERANG);
        assertSignedIn(postResponse(TANGERANG, second.session, signedBoth(spec(second.requestId))));
    }

    @Test
    void a_response_arriving_without_the_session_cookie_is_posted_again_from_bakus_own_page() throws Exception {
        Login login = start(TANGERANG);
        String response = Base64.getEncoder().encodeToString(signedAssertion(spec(login.requestId)).getBytes(StandardCharsets.UTF_8));
        MvcResult cookieless = mvc.perform(post("/login/saml2/sso/" + TANGERANG)
                .param("SAMLResponse", response).param("RelayState", "r\"><script>")).andReturn();
        assertThat(cookieless.getResponse().getStatus()).isEqualTo(200);
        assertThat(cookieless.getResponse().getContentAsString())
                .contains("<form method=\"post\">")
                .contains("name=\"SAMLResponse\" value=\"" + response + "\"")
                .contains("name=\"RelayState\" value=\"r&quot;&gt;&lt;script&gt;\"")
                .contains("name=\"baku-resubmitted\" value=\"1\"")
                .doesNotContain("r\"><script>");
        assertThat(cookieless.getRequest().getSession(false)).isNull();
        // posted again from that page, the browser's session comes along: signed in
        assertSignedIn(mvc.perform(post("/login/saml2/sso/" + TANGERANG).session(login.session)
                .param("SAMLResponse", response).param("baku-resubmitted", "1")).andReturn());
    }

    @Test
    void a_response_still_without_a_session_after_being_posted_again_is_refused() throws Exception {
        Login login = start(TANGERANG);
        String response = Base64.getEncoder().encodeToString(signedAssertion(spec(login.requestId)).getBytes(StandardCharsets.UTF_8));
        MvcResult result = mvc.perform(post("/login/saml2/sso/" + TANGERANG)
                .param("SAMLResponse", response).param("baku-resubmitted", "1")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?sso-error");
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().startsWith("SAML response refused for pemda kota-tangerang"));
    }

    @Test
    void the_authn_request_is_signed_with_the_pemdas_key_and_names_its_acs() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String location = mvc.perform(get("/saml2/authenticate/" + TANGERANG).session(session)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(location).startsWith("https://idp.example.test/sso?SAMLRequest=");
        String query = location.substring(location.indexOf('?') + 1);
        String signed = query.substring(0, query.indexOf("&Signature="));
        String signature = URLDecoder.decode(query.substring(query.indexOf("&Signature=") + 11), StandardCharsets.UTF_8);
        signIn.as("admin.tangerang");
        var certificate = SamlKeys.certificate(settings.overview().certificatePem());
        SignIn.out();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
        String xml = Util.base64decodedInflated(URLDecoder.decode(
                query.substring("SAMLRequest=".length(), query.indexOf('&')), StandardCharsets.UTF_8));
        assertThat(xml).contains("AssertionConsumerServiceURL=\"" + BASE + "/login/saml2/sso/" + TANGERANG + "\"");
    }

    @Test
    void sp_metadata_of_the_pemda_carries_its_signing_certificate() throws Exception {
        String metadata = mvc.perform(get("/saml2/service-provider-metadata/" + TANGERANG)).andReturn()
                .getResponse().getContentAsString();
        signIn.as("admin.tangerang");
        String pem = settings.overview().certificatePem();
        SignIn.out();
        String base64 = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        assertThat(metadata).contains("entityID=\"" + BASE + "/saml2/service-provider-metadata/" + TANGERANG + "\"")
                .contains("AuthnRequestsSigned=\"true\"")
                .contains("SingleLogoutService").contains("/logout/saml2/slo/" + TANGERANG);
        assertThat(metadata.replaceAll("\\s", "")).contains(base64);
    }

    // ---- the corpus: each must be refused ---------------------------------------------------

    @TestFactory
    Stream<DynamicTest> every_crafted_response_is_refused_logged_and_signs_no_one_in() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> assertRefused(c)));
    }

    interface Attack {
        String build(SamlResponseCorpusIntegrationTest t, Login login) throws Exception;
    }

    record Case(String name, String endpoint, boolean solicited, Attack attack) {
    }

    private static Case at(String name, Attack attack) {
        return new Case(name, TANGERANG, true, attack);
    }

    private List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // missing or broken signatures
        c.add(at("unsigned", (t, l) -> spec(l.requestId).xml()));
        c.add(at("assertion signature stripped", (t, l) -> strip(signedAssertion(spec(l.requestId)), false)));
        c.add(at("response signature stripped", (t, l) -> strip(signedResponse(spec(l.requestId)), true)));
        c.add(at("both signatures stripped", (t, l) -> strip(strip(signedBoth(spec(l.requestId)), true), false)));
        c.add(at("assertion signed by another key", (t, l) -> signedAssertion(spec(l.requestId), IDP.impostor())));
        c.add(at("response signed by another key", (t, l) -> signedResponse(spec(l.requestId), IDP.impostor())));
        c.add(at("self-signed certificate of the same name in KeyInfo", (t, l) -> {
            TestIdp impostor = IDP.impostor();
            return signedBoth(spec(l.requestId), impostor);
        }));
        c.add(at("NameID changed after the assertion was signed", (t, l) ->
                signedAssertion(spec(l.requestId)).replace(">" + USER + "<", ">admin.tangerang<")));
        c.add(at("NameID changed after the response was signed", (t, l) ->
                signedResponse(spec(l.requestId)).replace(">" + USER + "<", ">admin.tangerang<")));
        c.add(at("signature value tampered", (t, l) -> {
            String xml = signedAssertion(spec(l.requestId));
            Matcher m = Pattern.compile("<ds:SignatureValue>\\s*([A-Za-z0-9+/])").matcher(xml);
            assertThat(m.find()).isTrue();
            char flipped = m.group(1).equals("A") ? 'B' : 'A';
            return xml.substring(0, m.start(1)) + flipped + xml.substring(m.end(1));
        }));
        c.add(at("signed with RSA-SHA1 (deprecated)", (t, l) -> {
            Document d = TestIdp.parse(spec(l.requestId).xml());
            IDP.sign(TestIdp.assertion(d), XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1, "http://www.w3.org/2000/09/xmldsig#sha1");
            return TestIdp.string(d);
        }));
        c.add(at("signature over the whole document (empty Reference URI)", (t, l) ->
                signedAssertion(spec(l.requestId)).replaceFirst("URI=\"#[^\"]+\"", "URI=\"\"")));
        // XML signature wrapping
        c.add(at("XSW1: evil response wraps the signed one in the signature", (t, l) -> xswResponse(l, true)));
        c.add(at("XSW2: evil response carries the signed one beside the signature", (t, l) -> xswResponse(l, false)));
        c.add(at("XSW3: evil assertion before the signed one", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, true);
            original.getParentNode().insertBefore(evil, original);
            return TestIdp.string(d);
        }));
        c.add(at("XSW4: evil assertion wraps the signed one", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, true);
            original.getParentNode().replaceChild(evil, original);
            evil.appendChild(original);
            return TestIdp.string(d);
        }));
        c.add(at("XSW5: evil assertion keeps the signature, original moved to the end", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, false);
            evil.setAttribute("ID", original.getAttribute("ID"));
            Element root = d.getDocumentElement();
            root.replaceChild(evil, original);
            original.removeChild(TestIdp.signatureOf(original));
            root.appendChild(original);
            return TestIdp.string(d);
        }));
        c.add(at("XSW6: evil assertion keeps the signature, original inside it", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, false);
            d.getDocumentElement().replaceChild(evil, original);
            Element object = d.createElementNS(DSIG, "ds:Object");
            TestIdp.signatureOf(evil).appendChild(object);
            object.appendChild(original);
            return TestIdp.string(d);
        }));
        c.add(at("XSW7: signed assertion hidden in Extensions, evil one in its place", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, true);
            Element root = d.getDocumentElement();
            root.replaceChild(evil, original);
            Element extensions = d.createElementNS(SamlResponseValidator.PROTOCOL, "samlp:Extensions");
            extensions.appendChild(original);
            root.insertBefore(extensions, root.getElementsByTagNameNS(SamlResponseValidator.PROTOCOL, "Status").item(0));
            return TestIdp.string(d);
        }));
        c.add(at("XSW8: evil assertion with the signature, unsigned original in its Object", (t, l) -> {
            Document d = TestIdp.parse(signedAssertion(spec(l.requestId)));
            Element original = TestIdp.assertion(d);
            Element evil = evilCopy(original, false);
            d.getDocumentElement().replaceChild(evil, original);
            original.removeChild(TestIdp.signatureOf(original));
            Element object = d.createElementNS(DSIG, "ds:Object");
            TestIdp.signatureOf(evil).appendChild(object);
            object.appendChild(original);
            return TestIdp.string(d);
        }));
        c.add(at("two signed assertions", (t, l) -> {
            Document d = TestIdp.parse(spec(l.requestId).xml());
            Element first = TestIdp.assertion(d);
            Element second = (Element) first.cloneNode(true);
            second.setAttribute("ID", "_second");
            d.getDocumentElement().appendChild(second);
            IDP.sign(first);
            IDP.sign(second);
            return TestIdp.string(d);
        }));
        c.add(at("duplicate ID on an extra element", (t, l) -> {
            Document d = TestIdp.parse(signedResponse(spec(l.requestId)));
            Element extensions = d.createElementNS(SamlResponseValidator.PROTOCOL, "samlp:Extensions");
            extensions.setAttribute("ID", TestIdp.assertion(d).getAttribute("ID"));
            d.getDocumentElement().insertBefore(extensions,
                    d.getDocumentElement().getElementsByTagNameNS(SamlResponseValidator.PROTOCOL, "Status").item(0));
            return TestIdp.string(d);
        }));
        // comments
        c.add(at("comment injected in NameID (signature still valid without comments)", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = USER + ".evil";
            return signedAssertion(s).replace(">" + USER + ".evil<", ">" + USER + "<!---->.evil<");
        }));
        c.add(at("comment injected in Issuer", (t, l) ->
                signedAssertion(spec(l.requestId)).replaceFirst(Pattern.quote(IDP.entityId + "<"),
                        Matcher.quoteReplacement(IDP.entityId + "<!-- x --><"))));
        // DTDs
        c.add(at("DOCTYPE without entities", (t, l) -> "<!DOCTYPE samlp:Response>" + signedAssertion(spec(l.requestId))));
        c.add(at("XXE: external file entity in NameID", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = "&xxe;";
            return "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + s.xml();
        }));
        c.add(at("XXE: external parameter entity (SSRF)", (t, l) ->
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %p;]>" + signedAssertion(spec(l.requestId))));
        c.add(at("internal entity expanding to another user", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = "&u;";
            return "<!DOCTYPE r [<!ENTITY u \"admin.tangerang\">]>" + s.xml();
        }));
        c.add(at("billion laughs", (t, l) -> {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
            for (int i = 1; i <= 9; i++) {
                dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = "&l9;";
            return dtd.append("]>").append(s.xml()).toString();
        }));
        // time
        c.add(at("expired assertion", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.now = s.now.minus(Duration.ofHours(2));
            s.notBefore = s.now.minus(Duration.ofMinutes(1));
            s.notOnOrAfter = s.now.plus(Duration.ofMinutes(5));
            s.subjectNotOnOrAfter = s.now.plus(Duration.ofMinutes(5));
            return signedAssertion(s);
        }));
        c.add(at("not yet valid assertion", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.notBefore = s.now.plus(Duration.ofHours(1));
            s.notOnOrAfter = s.now.plus(Duration.ofHours(2));
            return signedAssertion(s);
        }));
        c.add(at("expired subject confirmation only", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.subjectNotOnOrAfter = s.now.minus(Duration.ofMinutes(10));
            return signedAssertion(s);
        }));
        // audience, recipient, destination, issuer
        c.add(at("wrong audience", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.audience = "https://other-sp.example/metadata";
            return signedAssertion(s);
        }));
        c.add(at("no audience restriction", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.audience = null;
            return signedAssertion(s);
        }));
        c.add(at("audience of another pemda", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.audience = BASE + "/saml2/service-provider-metadata/" + LAMANDAU;
            return signedAssertion(s);
        }));
        c.add(at("wrong recipient", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.recipient = "https://evil.example/acs";
            return signedAssertion(s);
        }));
        c.add(at("wrong destination", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.destination = BASE + "/login/saml2/sso/" + LAMANDAU;
            return signedAssertion(s);
        }));
        c.add(at("no destination", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.destination = null;
            return signedAssertion(s);
        }));
        c.add(at("wrong issuer, right key", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.issuer = "https://evil-idp.example/";
            return signedBoth(s);
        }));
        c.add(at("IdP answered with an error status", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.status = "urn:oasis:names:tc:SAML:2.0:status:Responder";
            return signedBoth(s);
        }));
        // InResponseTo
        c.add(new Case("unsolicited response naming a request", TANGERANG, false, (t, l) -> signedAssertion(spec("_forged"))));
        c.add(new Case("unsolicited response without InResponseTo (IdP-initiated is off)", TANGERANG, false, (t, l) -> {
            TestIdp.Spec s = spec(null);
            return signedAssertion(s);
        }));
        c.add(at("mismatched InResponseTo", (t, l) -> signedAssertion(spec("_other-request"))));
        c.add(at("response without InResponseTo although a request was sent", (t, l) -> signedAssertion(spec(null))));
        c.add(at("mismatched InResponseTo in the subject confirmation only", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.subjectInResponseTo = "_other-request";
            return signedAssertion(s);
        }));
        c.add(at("answer to this browser's request for another pemda", (t, l) -> {
            Login other = t.start(LAMANDAU, l.session);
            return signedAssertion(spec(other.requestId));
        }));
        // replay
        c.add(new Case("replayed response (the same post again)", TANGERANG, false, (t, l) -> {
            Login first = t.start(TANGERANG);
            String xml = signedAssertion(spec(first.requestId));
            t.assertSignedIn(t.postResponse(TANGERANG, first.session, xml));
            return xml;
        }));
        c.add(at("replayed assertion id under a fresh request", (t, l) -> {
            Login first = t.start(TANGERANG);
            TestIdp.Spec used = spec(first.requestId);
            t.assertSignedIn(t.postResponse(TANGERANG, first.session, signedAssertion(used)));
            TestIdp.Spec again = spec(l.requestId);
            again.assertionId = used.assertionId;
            return signedAssertion(again);
        }));
        // other pemda
        c.add(at("Lamandau's IdP asserting into Tangerang's endpoint", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.issuer = LAMANDAU_IDP.entityId;
            return signedBoth(s, LAMANDAU_IDP);
        }));
        c.add(at("Lamandau's genuine response posted to Tangerang", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.issuer = LAMANDAU_IDP.entityId;
            s.audience = BASE + "/saml2/service-provider-metadata/" + LAMANDAU;
            s.destination = BASE + "/login/saml2/sso/" + LAMANDAU;
            s.recipient = s.destination;
            s.nameId = "admin.lamandau";
            return signedBoth(s, LAMANDAU_IDP);
        }));
        c.add(at("valid assertion for a user of another pemda", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = "admin.lamandau";
            return signedAssertion(s);
        }));
        c.add(at("valid assertion for an unknown user (just-in-time creation off)", (t, l) -> {
            TestIdp.Spec s = spec(l.requestId);
            s.nameId = "nobody.tangerang";
            return signedAssertion(s);
        }));
        // junk
        c.add(at("not XML", (t, l) -> "this is not a SAML response"));
        c.add(at("a signed AuthnRequest instead of a response", (t, l) ->
                "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_x\" Version=\"2.0\"/>"));
        return c;
    }

    // ---- helpers -----------------------------------------------------------------------------

    record Login(MockHttpSession session, String requestId) {
    }

    Login start(String tenant) throws Exception {
        return start(tenant, new MockHttpSession());
    }

    Login start(String tenant, MockHttpSession session) throws Exception {
        String location = mvc.perform(get("/saml2/authenticate/" + tenant).session(session)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(location).as("redirect to the IdP").isNotNull().contains("SAMLRequest=");
        String query = location.substring(location.indexOf("SAMLRequest=") + "SAMLRequest=".length());
        String encoded = query.contains("&") ? query.substring(0, query.indexOf('&')) : query;
        String xml = Util.base64decodedInflated(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        Matcher id = Pattern.compile(" ID=\"([^\"]+)\"").matcher(xml);
        assertThat(id.find()).isTrue();
        return new Login(session, id.group(1));
    }

    MvcResult postResponse(String tenant, MockHttpSession session, String xml) throws Exception {
        return mvc.perform(post("/login/saml2/sso/" + tenant).session(session)
                .param("SAMLResponse", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8))))
                .andReturn();
    }

    void assertSignedIn(MvcResult result) {
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(principal((MockHttpSession) result.getRequest().getSession())).isNotNull();
    }

    private void assertRefused(Case c) throws Exception {
        Login login = c.solicited ? start(TANGERANG) : new Login(new MockHttpSession(), null);
        String xml = c.attack.build(this, login);
        int logged = log.list.size();
        MvcResult result = postResponse(c.endpoint, login.session, xml);
        // A valid answer about someone this pemda does not have is said plainly; everything else is "refused".
        boolean unknownUser = c.name.startsWith("valid assertion for");
        assertThat(result.getResponse().getRedirectedUrl()).as(c.name)
                .isEqualTo(unknownUser ? "/login?sso-error=unknown-user" : "/login?sso-error");
        assertThat(login.session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("no sign-in kept in the session: " + c.name).isNull();
        List<ILoggingEvent> refusals = log.list.subList(logged, log.list.size()).stream()
                .filter(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().startsWith("SAML response refused")).toList();
        assertThat(refusals).as("one refusal logged with a reason: " + c.name).hasSize(1);
        assertThat(refusals.getFirst().getFormattedMessage()).matches("SAML response refused for pemda [a-z-]+: .{8,}");
    }

    BakuPrincipal principal(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : (BakuPrincipal) context.getAuthentication().getPrincipal();
    }

    static TestIdp.Spec spec(String requestId) {
        TestIdp.Spec s = new TestIdp.Spec();
        s.issuer = IDP.entityId;
        s.destination = BASE + "/login/saml2/sso/" + TANGERANG;
        s.recipient = s.destination;
        s.audience = BASE + "/saml2/service-provider-metadata/" + TANGERANG;
        s.inResponseTo = requestId;
        s.subjectInResponseTo = requestId;
        s.nameId = USER;
        return s;
    }

    static String signedAssertion(TestIdp.Spec spec) throws Exception {
        return signedAssertion(spec, IDP);
    }

    static String signedAssertion(TestIdp.Spec spec, TestIdp idp) throws Exception {
        Document d = TestIdp.parse(spec.xml());
        idp.sign(TestIdp.assertion(d));
        return TestIdp.string(d);
    }

    static String signedResponse(TestIdp.Spec spec) throws Exception {
        return signedResponse(spec, IDP);
    }

    static String signedResponse(TestIdp.Spec spec, TestIdp idp) throws Exception {
        Document d = TestIdp.parse(spec.xml());
        idp.sign(TestIdp.response(d));
        return TestIdp.string(d);
    }

    static String signedBoth(TestIdp.Spec spec) throws Exception {
        return signedBoth(spec, IDP);
    }

    static String signedBoth(TestIdp.Spec spec, TestIdp idp) throws Exception {
        Document d = TestIdp.parse(spec.xml());
        idp.sign(TestIdp.assertion(d));
        idp.sign(TestIdp.response(d));
        return TestIdp.string(d);
    }

    static String strip(String xml, boolean response) throws Exception {
        Document d = TestIdp.parse(xml);
        Element signed = response ? TestIdp.response(d) : TestIdp.assertion(d);
        signed.removeChild(TestIdp.signatureOf(signed));
        return TestIdp.string(d);
    }

    /** A copy of the assertion naming the tenant admin instead, with a new ID and (optionally) no signature. */
    static Element evilCopy(Element original, boolean withoutSignature) {
        Element evil = (Element) original.cloneNode(true);
        evil.setAttribute("ID", "_evil");
        if (withoutSignature) {
            evil.removeChild(TestIdp.signatureOf(evil));
        }
        evil.getElementsByTagNameNS(SamlResponseValidator.ASSERTION, "NameID").item(0).setTextContent("admin.tangerang");
        return evil;
    }

    static String xswResponse(Login l, boolean insideSignature) throws Exception {
        Document d = TestIdp.parse(signedResponse(spec(l.requestId)));
        Element original = d.getDocumentElement();
        Element evil = (Element) original.cloneNode(true);
        evil.setAttribute("ID", "_evil");
        evil.getElementsByTagNameNS(SamlResponseValidator.ASSERTION, "NameID").item(0).setTextContent("admin.tangerang");
        Element signature = TestIdp.signatureOf(evil);
        d.replaceChild(evil, original);
        if (insideSignature) {
            Element object = d.createElementNS(DSIG, "ds:Object");
            signature.appendChild(object);
            object.appendChild(original);
        } else {
            evil.insertBefore(original, signature);
        }
        return TestIdp.string(d);
    }
}
