package com.milestonerecovery.portal.base.ui;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import com.vaadin.flow.component.Html;

/**
 * Read-only parts of a page (headings, figures, a card's text, navigation links) as one server-side element instead
 * of a component per tag.
 *
 * <p>Why: Vaadin keeps every component of an open page in the session on the server, about 0.8 KiB each with its
 * feature maps, and a text inside a tag is a node of its own. Parts nobody interacts with on the server gain nothing
 * from that: as one {@link Html} element they cost one node. Buttons, fields and anything with a server-side
 * listener stay components.
 *
 * <p>Safety: the markup is built with jsoup's element API ({@link #root}, then {@code appendElement},
 * {@code text}, {@code attr}), which escapes every text and attribute value, so text people typed (a name, a
 * medication's instructions, a note) is always text and never markup; there is no way in this class to pass a string
 * of HTML. Vaadin then cleans the result once more against {@link #ALLOWED} when it sets it (no scripts, no event
 * handler attributes, no styles), and links may only lead to this application's pages or be https, tel or mailto
 * links.
 */
public class Markup extends Html {

    /** What the read-only parts use, and nothing else. */
    private static final Safelist ALLOWED = new Safelist()
            .addTags("header", "nav", "section", "div", "span", "p", "h1", "h2", "h3", "a", "ul", "ol", "li",
                    "details", "summary")
            .addAttributes(":all", "class", "id", "role", "aria-label", "aria-labelledby", "aria-current",
                    "translate")
            .addAttributes("a", "href", "router-link");

    /** Links go to a page of this application, or are https, tel or mailto links. */
    private static final Pattern SAFE_LINK = Pattern.compile("^(?:(?:https|tel|mailto):|[^:]*$)",
            Pattern.CASE_INSENSITIVE);

    /** The built tree (from {@link #root}) as one Vaadin element. */
    public Markup(Element root) {
        super(checked(root), () -> ALLOWED);
    }

    /** A new root element to build the markup under. */
    public static Element root(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /** One element with only text in it, e.g. {@code text("h1", "greeting", "Good morning")}: one node, not two. */
    public static Markup text(String tag, String className, String text) {
        Element element = root(tag).text(text);
        if (className != null) {
            element.addClass(className);
        }
        return new Markup(element);
    }

    /** Shows a rebuilt tree (same root tag and attributes as the first). */
    public void show(Element root) {
        setHtmlContent(checked(root));
    }

    private static String checked(Element root) {
        for (Element link : root.select("[href]")) {
            if (!SAFE_LINK.matcher(link.attr("href")).find()) {
                throw new IllegalArgumentException("a link in read-only markup must be relative, https, tel or mailto");
            }
        }
        return root.outerHtml();
    }
}
