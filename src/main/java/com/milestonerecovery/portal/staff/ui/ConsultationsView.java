package com.milestonerecovery.portal.staff.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.consultation.ConsultationDetail;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ConsultationStatus;
import com.milestonerecovery.portal.consultation.ConsultationSummary;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * Consultation requests for the care team, newest first, paged and filtered in the database. Everything the
 * person typed is shown as plain text (Vaadin escapes text content; nothing is rendered as HTML).
 */
@Route(value = "staff/consultations", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ConsultationsView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultationService consultations;
    private final Grid<ConsultationSummary> grid = new Grid<>();
    private final ComboBox<ConsultationStatus> statusFilter = new ComboBox<>();
    private final Div detail = new Div();
    private final DateTimeFormatter timeFormat;

    ConsultationsView(ConsultationService consultations, ClinicProperties clinic) {
        this.consultations = consultations;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        setSizeFull();

        statusFilter.setLabel(getTranslation("staff.consultations.status"));
        statusFilter.setItems(ConsultationStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("consultation.status." + s.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setId("status-filter");
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Grid.Column<ConsultationSummary> received = grid.addColumn(s -> format(s.receivedAt()))
                .setHeader(getTranslation("staff.consultations.received")).setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(ConsultationSummary::reference).setHeader(getTranslation("staff.consultations.reference"))
                .setAutoWidth(true);
        grid.addColumn(ConsultationSummary::preferredName).setHeader(getTranslation("staff.consultations.name"))
                .setSortProperty("preferredName");
        grid.addColumn(s -> getTranslation("consultation.contact." + s.contactMethod().name()))
                .setHeader(getTranslation("staff.consultations.contact"));
        grid.addColumn(s -> getTranslation("consultation.status." + s.status().name()))
                .setHeader(getTranslation("staff.consultations.status")).setSortProperty("status");
        grid.setItems(query -> consultations.list(statusFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.desc(received).build());
        grid.setAriaLabel(getTranslation("staff.consultations.title"));
        grid.setId("consultations-grid");
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));

        detail.setId("consultation-detail");
        detail.addClassName("consultation-detail");
        add(new H1(getTranslation("staff.consultations.title")), statusFilter, grid, detail);
        setFlexGrow(1, grid);
    }

    private void showDetail(ConsultationSummary summary) {
        detail.removeAll();
        if (summary == null) {
            return;
        }
        ConsultationDetail d = consultations.get(summary.id());
        detail.add(new H2(getTranslation("staff.consultations.detailTitle", d.reference())));
        Paragraph preference = new Paragraph(getTranslation(d.mayIdentifyClinic()
                ? "staff.consultations.mayIdentify.yes" : "staff.consultations.mayIdentify.no"));
        preference.addClassName("contact-preference");
        detail.add(preference);
        row("staff.consultations.name", d.preferredName());
        row("staff.consultations.contact", getTranslation("consultation.contact." + d.contactMethod().name()));
        row("consultation.field.phone", d.phone());
        row("consultation.field.email", d.email());
        row("consultation.field.bestTimes", d.bestTimes());
        row("consultation.field.concerns", d.concerns().stream()
                .map(c -> getTranslation("public.signs.item." + c.key())).collect(Collectors.joining("; ")));
        row("consultation.field.medications", d.currentMedications());
        row("consultation.field.message", d.message());
        row("consultation.field.referral", d.referralSource());
        row("staff.consultations.language", d.language());
    }

    private void row(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("detail-label");
        Span text = new Span(value);
        text.addClassName("detail-value");
        detail.add(new Div(label, text));
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.consultations.title");
    }
}
