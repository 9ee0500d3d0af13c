package com.milestonerecovery.portal.support;

import java.util.ArrayList;
import java.util.List;

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
}
