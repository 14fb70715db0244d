package id.baku.tenant;

import id.baku.shared.storage.AttachmentTypes;
import id.baku.shared.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a logo's bytes are the image its type claims. The logo is printed on every sheet, so a file that is
 * not an image would break printing; an SVG is XML drawn by the PDF renderer, so it may carry no DOCTYPE (no
 * entities reading files) and no reference outside itself (no address the server would fetch).
 */
final class LogoCheck {

    private static final String SVG = "image/svg+xml";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** A url(...) or @import that does not point inside the document. */
    private static final Pattern EXTERNAL_CSS = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*(?!#)|@import");

    private LogoCheck() {
    }

    static boolean acceptable(String contentType, byte[] bytes) {
        if (SVG.equals(contentType)) {
            return selfContainedSvg(bytes);
        }
        return AttachmentTypes.detect(bytes).filter(contentType::equals).isPresent();
    }

    private static boolean selfContainedSvg(byte[] bytes) {
        Document document;
        try {
            document = SafeXml.parser().parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return false;
        }
        Element root = document.getDocumentElement();
        return "svg".equals(root.getLocalName()) && SVG_NAMESPACE.equals(root.getNamespaceURI()) && selfContained(root);
    }

    private static boolean selfContained(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            String value = a.getNodeValue().strip();
            if (name.equals("href") && !value.startsWith("#") && !value.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
                return false;
            }
            if (EXTERNAL_CSS.matcher(value).find()) {
                return false;
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e ? !selfContained(e)
                    : EXTERNAL_CSS.matcher(child.getNodeValue() == null ? "" : child.getNodeValue()).find()) {
                return false;
            }
        }
        return true;
    }
}
