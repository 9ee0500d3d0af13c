package com.milestonerecovery.portal.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Attr;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns JFreeSVG's output into the SVG a page embeds: an accessible image (role, title, description), sized only by
 * its viewBox so it scales to the container, without JFreeSVG's private namespace, and checked to hold nothing active.
 *
 * <p>Why a DOM round trip rather than string edits: the XML serialiser escapes the caller's text, and a parse proves
 * the whole document well formed before it reaches a browser. It costs about a millisecond per chart.
 */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final String JFREESVG_PREFIX = "jfreesvg";
    private static final String XLINK_PREFIX = "xlink";
    /** Elements a chart never needs and that could run code or load content. */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object",
            "embed", "image", "use", "a", "animate", "set", "animatemotion", "animatetransform", "handler", "style");

    /** A reference to something inside the same document, e.g. a clip path: {@code url(#chart-1-clip-0)}. */
    private static final Pattern LOCAL_URL = Pattern.compile("url\\(#[A-Za-z0-9-]+\\)");

    /** The JDK's own StAX implementation, found once (the plain lookup searches the class path on every call). */
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SvgDocument() {
    }

    /**
     * @param svg the root element as JFreeSVG wrote it
     * @param id the caller's id prefix (already checked): the title and description get {@code <id>-title} and
     *     {@code <id>-desc}
     */
    static String finish(String svg, String id, String title, String description) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new IllegalStateException("chart output is not an SVG element");
        }
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, JFREESVG_PREFIX);
        root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XLINK_PREFIX);
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", id + "-title " + id + "-desc");

        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttribute("id", id + "-title");
        titleElement.setTextContent(title);
        Element descElement = document.createElementNS(SVG_NS, "desc");
        descElement.setAttribute("id", id + "-desc");
        descElement.setTextContent(description);
        root.insertBefore(descElement, root.getFirstChild());
        root.insertBefore(titleElement, descElement);

        checkInert(root);
        return serialise(document);
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("chart output is not well-formed XML", e);
        }
    }

    /**
     * Defence in depth: every text is escaped and JFreeChart draws only shapes and text, so this never fires; if a
     * library upgrade ever emits something active, the chart fails here instead of in a user's browser.
     */
    private static void checkInert(Element element) {
        if (FORBIDDEN_ELEMENTS.contains(element.getLocalName().toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("chart output holds a <" + element.getLocalName() + "> element");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("on") || lower.equals("href") || attribute.getValue().contains("javascript:")) {
                throw new IllegalStateException("chart output holds an active attribute: " + name);
            }
            String value = attribute.getValue();
            if (value.contains("url(") && LOCAL_URL.matcher(value).replaceAll("").contains("url(")) {
                throw new IllegalStateException("chart output refers to an outside resource");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkInert(childElement);
            }
        }
    }

    /**
     * Writes the checked tree back out with the JDK's StAX writer, which escapes text and attribute values. (The
     * identity {@code Transformer} did the same at about three times the cost, and looked its factory up on the
     * class path on every call.)
     */
    private static String serialise(Document document) {
        StringWriter out = new StringWriter(32_768);
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            write(writer, document.getDocumentElement());
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("chart output could not be serialised", e);
        }
        return out.toString();
    }

    private static void write(XMLStreamWriter writer, Element element) throws XMLStreamException {
        boolean empty = !element.hasChildNodes();
        if (empty) {
            writer.writeEmptyElement(element.getTagName());
        } else {
            writer.writeStartElement(element.getTagName());
        }
        if (element.hasAttribute(XMLConstants.XMLNS_ATTRIBUTE)) {
            writer.writeDefaultNamespace(element.getAttribute(XMLConstants.XMLNS_ATTRIBUTE));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE.equals(attribute.getName())) {
                writer.writeAttribute(attribute.getName(), attribute.getValue());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child) {
                case Element childElement -> write(writer, childElement);
                case Text text -> writer.writeCharacters(text.getData()); // CDATA too, escaped as text
                case Comment comment -> { } // nothing a chart needs
                default -> throw new IllegalStateException("chart output holds an unexpected node type "
                        + child.getNodeType());
            }
        }
        if (!empty) {
            writer.writeEndElement();
        }
    }
}
