package com.milestonerecovery.portal.support;

import com.milestonerecovery.portal.base.ui.ActionButton;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.MetaKeys;

/**
 * Clicks an {@link ActionButton} in a browserless test the way the browser does: a DOM {@code click} event on its
 * element (the button listens for that, not for a component {@code ClickEvent}), refused like a real click when
 * the button is hidden, disabled or behind a modal dialog.
 */
public class ActionButtonTester extends ComponentTester<ActionButton> {

    public ActionButtonTester(ActionButton button) {
        super(button);
    }

    @Override
    public void click(int button, MetaKeys keys) {
        ensureComponentIsUsable();
        fireDomEvent("click");
    }
}
