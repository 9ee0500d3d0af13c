package com.milestonerecovery.portal.clientportal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client's "today" page: the first thing they see after signing in. */
@Route(value = "portal", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class TodayView extends VerticalLayout implements HasDynamicTitle {

    TodayView(CurrentUser currentUser, ClinicProperties clinic, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        add(new H1(getTranslation("portal.today.greeting", currentUser.displayName())),
                new Paragraph(today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(getLocale()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.today.title");
    }
}
