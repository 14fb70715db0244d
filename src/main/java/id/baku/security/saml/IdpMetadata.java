package id.baku.security.saml;

import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.SettingsBuilder;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.xpath.XPathException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Baku takes from an identity provider's metadata: its entity id, where to send sign-in
 * (HTTP-Redirect) and logout requests, and the certificates it signs with. Parsed by java-saml
 * after our own DTD-refusing parser has read the XML.
 */
public record IdpMetadata(String entityId, String ssoUrl, String sloUrl, List<X509Certificate> certificates) {

    /** @throws IllegalArgumentException with a reason when the XML is not usable IdP metadata */
    public static IdpMetadata parse(String xml) {
        Document document;
        try {
            document = SamlXml.parse(xml);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not well-formed XML or has a DTD: " + e.getMessage(), e);
        }
        Map<String, Object> values;
        try {
            values = IdPMetadataParser.parseXML(document);
        } catch (XPathException e) {
            throw new IllegalArgumentException("cannot read the metadata", e);
        }
        String entityId = text(values.get(SettingsBuilder.IDP_ENTITYID_PROPERTY_KEY));
        String sso = text(values.get(SettingsBuilder.IDP_SINGLE_SIGN_ON_SERVICE_URL_PROPERTY_KEY));
        if (entityId == null || sso == null) {
            throw new IllegalArgumentException("no IDPSSODescriptor with an HTTP-Redirect SingleSignOnService");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        String single = text(values.get(SettingsBuilder.IDP_X509CERT_PROPERTY_KEY));
        if (single != null) {
            certificates.add(SamlKeys.certificate(single));
        }
        for (int i = 0; values.containsKey(SettingsBuilder.IDP_X509CERTMULTI_PROPERTY_KEY + "." + i); i++) {
            X509Certificate extra = SamlKeys.certificate(text(values.get(SettingsBuilder.IDP_X509CERTMULTI_PROPERTY_KEY + "." + i)));
            if (!certificates.contains(extra)) {
                certificates.add(extra);
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no signing certificate");
        }
        if (!sso.startsWith("https://") && !sso.startsWith("http://")) {
            throw new IllegalArgumentException("the SingleSignOnService location is not an http(s) address");
        }
        return new IdpMetadata(entityId, sso, text(values.get(SettingsBuilder.IDP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY)),
                List.copyOf(certificates));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
