package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Sends each signed-in person to their own home: clients to the portal, staff to the dashboard. */
@Route("start")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    StartView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.hasRole(Role.CLIENT) ? "portal" : "staff");
    }
}
