package com.milestonerecovery.portal.support;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;

import com.vaadin.flow.dom.Element;

/** The server-side element tree under a component, for tests that check what a view rendered. */
public final class ElementTree {

    private ElementTree() {
    }

    /** Every element below {@code root}, depth first (text nodes included). */
    public static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    /**
     * What the browser gets for {@code root}, as a jsoup tree: the elements with their attributes and texts, and
     * inside read-only {@code Markup}/{@code Html} elements the markup they set (which has no server-side elements).
     */
    public static org.jsoup.nodes.Element rendered(Element root) {
        Document document = new Document("");
        render(root, document);
        return document.child(0);
    }

    /** The text a reader sees under {@code root} (whitespace normalised), Markup included. */
    public static String text(Element root) {
        return rendered(root).text();
    }

    private static void render(Element element, org.jsoup.nodes.Element parent) {
        if (element.isTextNode()) {
            parent.appendText(element.getText());
            return;
        }
        org.jsoup.nodes.Element out = parent.appendElement(element.getTag());
        element.getAttributeNames().forEach(name -> out.attr(name, element.getAttribute(name)));
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            out.append(inner);
        }
        element.getChildren().forEach(child -> render(child, out));
    }
}
