package com.milestonerecovery.portal.consultation.ui;

import java.util.EnumSet;
import java.util.Set;

import com.milestonerecovery.portal.consultation.Concern;
import com.vaadin.flow.server.VaadinSession;

/**
 * Carries the self-check's ticks from the home page to the form inside this browser session only: never in
 * the URL (no health details in addresses or logs), never stored. Read once, then forgotten.
 */
public final class ConcernPreselection {

    private static final String KEY = ConcernPreselection.class.getName();

    private ConcernPreselection() {
    }

    public static void offer(Set<Concern> concerns) {
        VaadinSession.getCurrent().setAttribute(KEY, concerns.isEmpty() ? EnumSet.noneOf(Concern.class)
                : EnumSet.copyOf(concerns));
    }

    @SuppressWarnings("unchecked")
    static Set<Concern> take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        return value instanceof Set<?> set ? (Set<Concern>) set : EnumSet.noneOf(Concern.class);
    }
}
