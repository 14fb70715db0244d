package id.baku.security.saml;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * An identity provider made by the test: its own RSA key and self-signed certificate, metadata,
 * and SAML responses built from a template, signed with Apache Santuario exactly where a real
 * IdP signs (enveloped, exclusive C14N, RSA-SHA256), so that a test can then break them.
 */
public final class TestIdp {

    static {
        Init.init();
    }

    final String entityId;
    final PrivateKey key;
    final X509Certificate certificate;

    public TestIdp(String entityId, String subject) {
        this.entityId = entityId;
        KeyPair pair = keyPair();
        this.key = pair.getPrivate();
        this.certificate = selfSigned(pair, subject);
    }

    private TestIdp(String entityId, PrivateKey key, X509Certificate certificate) {
        this.entityId = entityId;
        this.key = key;
        this.certificate = certificate;
    }

    /** Another key pair claiming the same name (what an attacker puts in KeyInfo). */
    TestIdp impostor() {
        KeyPair pair = keyPair();
        return new TestIdp(entityId, pair.getPrivate(), selfSigned(pair, certificate.getSubjectX500Principal().getName()));
    }

    public String metadata() throws Exception {
        return """
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing">
                      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
                    </md:KeyDescriptor>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/sso"/>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>""".formatted(entityId, Base64.getEncoder().encodeToString(certificate.getEncoded()));
    }

    /** What goes into one response; change a field to make it wrong. */
    static final class Spec {
        String responseId = "_r" + UUID.randomUUID();
        String assertionId = "_a" + UUID.randomUUID();
        String issuer;
        String destination;
        String recipient;
        String audience;
        String inResponseTo;
        String subjectInResponseTo;
        String nameId;
        String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = now.minus(Duration.ofMinutes(1));
        Instant notOnOrAfter = now.plus(Duration.ofMinutes(5));
        Instant subjectNotOnOrAfter = now.plus(Duration.ofMinutes(5));

        String xml() {
            String irt = inResponseTo == null ? "" : " InResponseTo=\"" + inResponseTo + "\"";
            String subjectIrt = subjectInResponseTo == null ? "" : " InResponseTo=\"" + subjectInResponseTo + "\"";
            String dest = destination == null ? "" : " Destination=\"" + destination + "\"";
            String audienceXml = audience == null ? "" : "<saml:AudienceRestriction><saml:Audience>" + audience
                    + "</saml:Audience></saml:AudienceRestriction>";
            return """
                    <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="%s" Version="2.0" IssueInstant="%s"%s%s><saml:Issuer>%s</saml:Issuer><samlp:Status><samlp:StatusCode Value="%s"/></samlp:Status><saml:Assertion ID="%s" Version="2.0" IssueInstant="%s"><saml:Issuer>%s</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">%s</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData%s NotOnOrAfter="%s" Recipient="%s"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="%s" NotOnOrAfter="%s">%s</saml:Conditions><saml:AuthnStatement AuthnInstant="%s" SessionIndex="_s%s"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="groups"><saml:AttributeValue>staf</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>"""
                    .formatted(responseId, now, dest, irt, issuer, status, assertionId, now, issuer, nameId, subjectIrt,
                            subjectNotOnOrAfter, recipient, notBefore, notOnOrAfter, audienceXml, now, assertionId);
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
    }

    static String string(Document document) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    static Element response(Document document) {
        return document.getDocumentElement();
    }

    static Element assertion(Document document) {
        return (Element) document.getElementsByTagNameNS(SamlResponseValidator.ASSERTION, "Assertion").item(0);
    }

    /** Signs {@code element} in place (signature right after its Issuer), as an IdP does. */
    void sign(Element element) throws Exception {
        sign(element, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256, "http://www.w3.org/2001/04/xmlenc#sha256");
    }

    void sign(Element element, String algorithm, String digest) throws Exception {
        Document document = element.getOwnerDocument();
        element.setIdAttributeNS(null, "ID", true);
        XMLSignature signature = new XMLSignature(document, "", algorithm, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        Node issuer = element.getElementsByTagNameNS(SamlResponseValidator.ASSERTION, "Issuer").item(0);
        element.insertBefore(signature.getElement(), issuer.getNextSibling());
        Transforms transforms = new Transforms(document);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("#" + element.getAttribute("ID"), transforms, digest);
        signature.addKeyInfo(certificate);
        signature.sign(key);
    }

    static Element signatureOf(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && Constants.SignatureSpecNS.equals(e.getNamespaceURI())
                    && e.getLocalName().equals("Signature")) {
                return e;
            }
        }
        throw new IllegalStateException("not signed");
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, String subject) {
        try {
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic());
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
