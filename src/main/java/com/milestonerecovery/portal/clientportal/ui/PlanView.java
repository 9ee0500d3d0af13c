package com.milestonerecovery.portal.clientportal.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.medication.DoseSchedule;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.medication.PlanOverview;
import com.milestonerecovery.portal.medication.PlanRevisionSummary;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client's own plan: goals, each current medication with how and why, past medications, and every change. */
@Route(value = "portal/plan", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PlanView extends VerticalLayout implements HasDynamicTitle {

    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    PlanView(MedicationPlanService plans, ClinicProperties clinic) {
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        this.dateTimeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clinic.timeZone());
        addClassName("plan-view");
        setPadding(false);
        PlanOverview plan = plans.myPlan();
        add(new H1(getTranslation("portal.plan.title")));
        if (plan.current().isEmpty() && plan.discontinued().isEmpty()) {
            add(new Paragraph(getTranslation("portal.plan.empty")));
            return;
        }
        if (plan.goals() != null) {
            add(new H2(getTranslation("portal.plan.goals")), textBlock(plan.goals(), "plan-goals"));
        }
        add(new H2(getTranslation("portal.plan.current")));
        Div current = new Div();
        current.addClassName("card-grid");
        current.setId("current-medications");
        plan.current().forEach(item -> current.add(card(item, false)));
        add(current);

        if (!plan.discontinued().isEmpty()) {
            add(new H2(getTranslation("portal.plan.discontinued")));
            Div past = new Div();
            past.addClassName("card-grid");
            past.setId("discontinued-medications");
            plan.discontinued().forEach(item -> past.add(card(item, true)));
            add(past);
        }

        add(new H2(getTranslation("portal.plan.history")));
        Div history = new Div();
        history.setId("plan-history");
        plan.history().forEach(revision -> history.add(revision(revision)));
        add(history);
    }

    private Component card(PlanItemSummary item, boolean past) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(item.medicationName() + " · " + item.doseLabel()));
        row(card, "portal.plan.schedule", schedule(item.schedule()));
        row(card, "portal.plan.purpose", item.purpose());
        row(card, "portal.plan.instructions", item.instructions());
        row(card, "portal.plan.prescriber", item.prescriber());
        row(card, "portal.plan.started", dateFormat.format(item.schedule().startDate()));
        if (past) {
            if (item.schedule().discontinuedOn() != null) {
                row(card, "portal.plan.stopped", dateFormat.format(item.schedule().discontinuedOn()));
            }
            row(card, "portal.plan.stopReason", item.discontinuedReason());
        }
        return card;
    }

    private String schedule(DoseSchedule schedule) {
        if (schedule.asNeeded()) {
            return schedule.maxDailyDoses() == null ? getTranslation("portal.plan.asNeeded")
                    : getTranslation("portal.plan.asNeededMax", schedule.maxDailyDoses());
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        return getTranslation("portal.plan.dailyAt",
                schedule.times().stream().map(time::format).collect(Collectors.joining(", ")));
    }

    private Component revision(PlanRevisionSummary revision) {
        Div entry = new Div();
        entry.addClassName("revision");
        Paragraph heading = new Paragraph(getTranslation("portal.plan.revision", revision.revision(),
                dateTimeFormat.format(revision.changedAt()), revision.changedBy()));
        heading.addClassName("revision-heading");
        entry.add(heading, textBlock(revision.changes(), "revision-changes"));
        Paragraph reason = new Paragraph(getTranslation("portal.plan.reason", revision.reason()));
        entry.add(reason);
        return entry;
    }

    private static void row(Div card, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(card.getTranslation(labelKey) + ": ");
        label.addClassName("detail-label");
        card.add(new Div(label, new Span(value)));
    }

    private static Component textBlock(String text, String className) {
        Div block = new Div();
        block.setText(text);
        block.addClassName(className);
        block.addClassName("preserve-lines");
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.plan.title");
    }
}
