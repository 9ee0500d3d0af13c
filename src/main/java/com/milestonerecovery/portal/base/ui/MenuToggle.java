package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The app layout's menu button ({@code <vaadin-drawer-toggle>}): it opens and closes the drawer in the browser by
 * itself. Unlike Vaadin's {@code DrawerToggle}, which is a {@code Button} and so keeps a click listener with a
 * click's mouse details in every session, it has nothing on the server but its element and label.
 */
@Tag("vaadin-drawer-toggle")
@JsModule("@vaadin/app-layout/src/vaadin-drawer-toggle.js")
public class MenuToggle extends Component implements HasAriaLabel {

    public MenuToggle(String label) {
        setAriaLabel(label);
    }
}
