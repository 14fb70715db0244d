package id.baku.security.saml;

import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.settings.Saml2Settings;
import org.springframework.security.saml2.provider.service.authentication.AbstractSaml2AuthenticationRequest;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check a SAML response must pass before anyone is signed in. Baku's own checks come
 * first, on a parser that refuses DTDs: the document's shape (one Response, one Assertion
 * directly in it, each signature enveloping its own parent, unique ids, no comments — the
 * ground XML signature wrapping and NameID comment tricks stand on), the Destination, and the
 * InResponseTo against the request this browser sent. Then java-saml (Apache Santuario) in strict
 * mode: schema, signature against the pemda's IdP certificates only (never a key in the message),
 * issuer, audience, recipient, the time window (3 minutes' skew), status. Last, the assertion id
 * goes into the replay cache in the database.
 */
@Component
public class SamlResponseValidator {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final int MAX_LENGTH = 256 * 1024;
    /** How long an assertion id is remembered when the assertion names no end. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    private static final Duration SKEW = Duration.ofMinutes(3);

    private final SamlStore store;
    private final Clock clock;

    SamlResponseValidator(SamlStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param request the AuthnRequest this browser's session sent, null when there is none
     *                (unsolicited: refused unless the pemda allows IdP-initiated sign-in)
     */
    public ValidatedAssertion validate(long tenantId, String xml, RelyingPartyRegistration registration,
                                       AbstractSaml2AuthenticationRequest request, boolean idpInitiatedAllowed)
            throws SamlRejected {
        if (xml == null || xml.isBlank()) {
            throw new SamlRejected("empty SAMLResponse");
        }
        if (xml.length() > MAX_LENGTH) {
            throw new SamlRejected("SAMLResponse larger than " + MAX_LENGTH + " characters");
        }
        Document document;
        try {
            document = SamlXml.parse(xml);
        } catch (SAXException e) {
            throw new SamlRejected("not well-formed XML or contains a DTD: " + e.getMessage());
        }
        Element response = checkShape(document);
        String inResponseTo = attribute(response, "InResponseTo");
        String requestId = checkInResponseTo(registration, request, idpInitiatedAllowed, inResponseTo);
        String destination = attribute(response, "Destination");
        if (destination == null) {
            throw new SamlRejected("Response has no Destination");
        }
        if (!destination.equals(registration.getAssertionConsumerServiceLocation())) {
            throw new SamlRejected("Destination " + destination + " is not this pemda's endpoint "
                    + registration.getAssertionConsumerServiceLocation());
        }
        SamlResponse checked = javaSaml(xml, registration, requestId);
        try {
            if (checked.getAudiences().isEmpty()) {
                throw new SamlRejected("the assertion names no Audience");
            }
            String assertionId = checked.getAssertionId();
            Instant expires = checked.getAssertionNotOnOrAfter().stream()
                    .map(i -> Instant.ofEpochMilli(i.getMillis())).min(Instant::compareTo)
                    .orElse(clock.instant().plus(DEFAULT_LIFETIME)).plus(SKEW);
            if (!store.markAssertionUsed(tenantId, assertionId, expires, clock.instant())) {
                throw new SamlRejected("assertion " + assertionId + " was used before (replay)");
            }
            Map<String, List<String>> attributes = new LinkedHashMap<>(checked.getAttributes());
            String sessionIndex = checked.getSessionIndex();
            return new ValidatedAssertion(assertionId, checked.getNameId(),
                    sessionIndex == null ? List.of() : List.of(sessionIndex), attributes);
        } catch (SamlRejected e) {
            throw e;
        } catch (Exception e) {
            throw new SamlRejected("cannot read the validated assertion: " + e.getMessage(), e);
        }
    }

    private static SamlResponse javaSaml(String xml, RelyingPartyRegistration registration, String requestId)
            throws SamlRejected {
        Saml2Settings settings = JavaSamlSettings.of(registration);
        String acs = registration.getAssertionConsumerServiceLocation();
        SamlResponse response;
        try {
            response = new SamlResponse(settings, new HttpRequest(acs, Map.of("SAMLResponse",
                    List.of(Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)))), ""));
        } catch (Exception e) {
            throw new SamlRejected("java-saml cannot load the response: " + e.getMessage(), e);
        }
        if (!response.isValid(requestId)) {
            throw new SamlRejected("java-saml: " + response.getError(), response.getValidationException());
        }
        return response;
    }

    private static String checkInResponseTo(RelyingPartyRegistration registration,
                                            AbstractSaml2AuthenticationRequest request, boolean idpInitiatedAllowed,
                                            String inResponseTo) throws SamlRejected {
        if (request == null) {
            if (!idpInitiatedAllowed) {
                throw new SamlRejected("unsolicited response: this browser sent no AuthnRequest"
                        + (inResponseTo == null ? "" : " (InResponseTo " + inResponseTo + ")"));
            }
            if (inResponseTo != null) {
                throw new SamlRejected("InResponseTo " + inResponseTo + " names a request this browser did not send");
            }
            return null;
        }
        if (!registration.getRegistrationId().equals(request.getRelyingPartyRegistrationId())) {
            throw new SamlRejected("this browser's AuthnRequest was for pemda " + request.getRelyingPartyRegistrationId());
        }
        if (inResponseTo == null || !inResponseTo.equals(request.getId())) {
            throw new SamlRejected("InResponseTo " + inResponseTo + " does not match this browser's AuthnRequest "
                    + request.getId());
        }
        return request.getId();
    }

    /** The structural checks; returns the Response element. */
    static Element checkShape(Document document) throws SamlRejected {
        Element root = document.getDocumentElement();
        if (!PROTOCOL.equals(root.getNamespaceURI()) || !"Response".equals(root.getLocalName())) {
            throw new SamlRejected("root element is not samlp:Response");
        }
        if (document.getDoctype() != null) {
            throw new SamlRejected("DTD present");
        }
        List<Element> all = new ArrayList<>();
        collect(root, all);
        Set<String> ids = new HashSet<>();
        for (Element element : all) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getNamespaceURI() == null && attribute.getLocalName().equals("ID")
                        && !ids.add(attribute.getValue())) {
                    throw new SamlRejected("ID " + attribute.getValue() + " appears twice");
                }
            }
        }
        if (hasCommentOrInstruction(root)) {
            throw new SamlRejected("comment or processing instruction inside the response");
        }
        NodeList assertions = document.getElementsByTagNameNS(ASSERTION, "Assertion");
        NodeList encrypted = document.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion");
        if (assertions.getLength() != 1 || encrypted.getLength() != 0) {
            throw new SamlRejected("expected exactly one (unencrypted) Assertion, found " + assertions.getLength()
                    + " and " + encrypted.getLength() + " encrypted");
        }
        if (assertions.item(0).getParentNode() != root) {
            throw new SamlRejected("the Assertion is not a direct child of the Response");
        }
        NodeList signatures = document.getElementsByTagNameNS(DSIG, "Signature");
        if (signatures.getLength() == 0) {
            throw new SamlRejected("neither the Response nor the Assertion is signed");
        }
        Set<Node> signedParents = new HashSet<>();
        for (int i = 0; i < signatures.getLength(); i++) {
            Element signature = (Element) signatures.item(i);
            Node parent = signature.getParentNode();
            if (parent != root && parent != assertions.item(0)) {
                throw new SamlRejected("a Signature sits outside the Response and the Assertion");
            }
            if (!signedParents.add(parent)) {
                throw new SamlRejected("more than one Signature on one element");
            }
            NodeList references = signature.getElementsByTagNameNS(DSIG, "Reference");
            String parentId = ((Element) parent).getAttribute("ID");
            if (references.getLength() != 1
                    || !("#" + parentId).equals(((Element) references.item(0)).getAttribute("URI"))) {
                throw new SamlRejected("a Signature does not reference exactly its own parent element");
            }
        }
        return root;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    private static boolean hasCommentOrInstruction(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.COMMENT_NODE || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || hasCommentOrInstruction(child)) {
                return true;
            }
        }
        return false;
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
