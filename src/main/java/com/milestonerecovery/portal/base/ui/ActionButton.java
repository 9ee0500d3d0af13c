package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A button for one action on the server: the same Lumo {@code <vaadin-button>} as Vaadin's {@code Button} (looks,
 * focus ring, Enter and Space), with one server-side click listener that asks the browser for nothing.
 *
 * <p>Why not {@code Button}: each one keeps two click listeners in the session (its own and the disable-on-click
 * controller's), each with the dozen mouse details of a {@code ClickEvent} (coordinates, keys, button) held as a
 * set and a JSON object, about 3 KiB per button, for buttons whose action needs none of them. The portal's
 * everyday pages (today's doses, the frame's sign-out and language buttons) are in every client's session while
 * the tab is open. A disabled button's clicks are ignored by the server, as with {@code Button}.
 */
@Tag("vaadin-button")
@JsModule("@vaadin/button/src/vaadin-button.js")
public class ActionButton extends Component implements HasText, HasAriaLabel, HasEnabled, HasStyle {

    public ActionButton(String text, SerializableRunnable action) {
        this(action);
        setText(text);
    }

    /** A button whose label is set later (e.g. on attach, in the page's language). */
    protected ActionButton(SerializableRunnable action) {
        getElement().addEventListener("click", event -> action.run());
    }

    /** Lumo's emphasis for the main action of a card or form. */
    public ActionButton primary() {
        getElement().getThemeList().add("primary");
        return this;
    }

    /** Lumo's quiet look for secondary actions (undo, sign out, language). */
    public ActionButton tertiary() {
        getElement().getThemeList().add("tertiary");
        return this;
    }
}
