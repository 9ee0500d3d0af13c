package com.milestonerecovery.portal.staff.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.consultation.AssigneeFilter;
import com.milestonerecovery.portal.consultation.ConsultationEnrollmentService;
import com.milestonerecovery.portal.consultation.ConsultationFilter;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ConsultationStatus;
import com.milestonerecovery.portal.consultation.ConsultationSummary;
import com.milestonerecovery.portal.consultation.ConsultationTriageService;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * Consultation triage for the care team: the requests, filtered, sorted and paged in the database, and the
 * selected one with its contact preferences, next steps, assignee, notes and history, and enrolment. The rules
 * live in the services; this view shows their answers. Everything a person typed is shown as plain text
 * (Vaadin escapes text content; nothing is rendered as HTML).
 */
@Route(value = "staff/consultations", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ConsultationsView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultationService consultations;
    private final Grid<ConsultationSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ConsultationStatus> statusFilter = new ComboBox<>();
    private final DatePicker receivedFrom = new DatePicker();
    private final DatePicker receivedTo = new DatePicker();
    private final ComboBox<AssigneeFilter> assigneeFilter = new ComboBox<>();
    private final ConsultationDetailPanel detail;
    private final DateTimeFormatter timeFormat;

    ConsultationsView(ConsultationService consultations, ConsultationTriageService triage,
            ConsultationEnrollmentService enrollment, ClinicProperties clinic) {
        this.consultations = consultations;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        addClassName("consultations-view");
        List<StaffMember> team = triage.assignableStaff();
        this.detail = new ConsultationDetailPanel(consultations, triage, enrollment, team, timeFormat,
                () -> grid.getDataProvider().refreshAll());

        buildFilters(team);
        buildGrid();
        Div main = new Div(grid, detail);
        main.addClassName("triage-main");
        add(new H1(getTranslation("staff.consultations.title")), filters(), main);
    }

    private void buildFilters(List<StaffMember> team) {
        search.setLabel(getTranslation("triage.filter.search"));
        search.setHelperText(getTranslation("triage.filter.search.help"));
        search.setId("consultation-search");
        search.setClearButtonVisible(true);
        search.setMaxLength(ConsultationFilter.TEXT_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        statusFilter.setLabel(getTranslation("staff.consultations.status"));
        statusFilter.setItems(ConsultationStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("consultation.status." + s.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setId("status-filter");
        statusFilter.addValueChangeListener(e -> refresh());

        receivedFrom.setLabel(getTranslation("triage.filter.from"));
        receivedFrom.setId("received-from");
        receivedFrom.setClearButtonVisible(true);
        receivedFrom.addValueChangeListener(e -> {
            receivedTo.setMin(e.getValue());
            refresh();
        });
        receivedTo.setLabel(getTranslation("triage.filter.to"));
        receivedTo.setId("received-to");
        receivedTo.setClearButtonVisible(true);
        receivedTo.addValueChangeListener(e -> {
            receivedFrom.setMax(e.getValue());
            refresh();
        });

        Map<Long, String> names = team.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        List<AssigneeFilter> choices = new ArrayList<>(List.of(AssigneeFilter.anyone(), AssigneeFilter.unassigned(),
                AssigneeFilter.me()));
        team.forEach(member -> choices.add(AssigneeFilter.account(member.id())));
        assigneeFilter.setLabel(getTranslation("triage.filter.assignee"));
        assigneeFilter.setId("assignee-filter");
        assigneeFilter.setItems(choices);
        assigneeFilter.setItemLabelGenerator(f -> f.kind() == AssigneeFilter.Kind.ACCOUNT
                ? names.getOrDefault(f.accountId(), "") : getTranslation("triage.filter.assignee." + f.kind().name()));
        assigneeFilter.setValue(AssigneeFilter.anyone());
        assigneeFilter.addValueChangeListener(e -> refresh());
    }

    private HorizontalLayout filters() {
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, receivedFrom, receivedTo,
                assigneeFilter);
        filters.setWrap(true);
        filters.addClassName("triage-filters");
        return filters;
    }

    private void buildGrid() {
        Grid.Column<ConsultationSummary> received = grid.addColumn(s -> format(s.receivedAt()))
                .setHeader(getTranslation("staff.consultations.received")).setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(ConsultationSummary::reference).setHeader(getTranslation("staff.consultations.reference"))
                .setSortProperty("reference").setAutoWidth(true);
        grid.addColumn(ConsultationSummary::preferredName).setHeader(getTranslation("staff.consultations.name"))
                .setSortProperty("preferredName").setAutoWidth(true);
        grid.addColumn(s -> getTranslation("consultation.contact." + s.contactMethod().name()))
                .setHeader(getTranslation("staff.consultations.contact")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("consultation.status." + s.status().name()))
                .setHeader(getTranslation("staff.consultations.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(s -> s.assigneeName() == null ? getTranslation("triage.nobody") : s.assigneeName())
                .setHeader(getTranslation("triage.grid.assignee")).setAutoWidth(true);
        grid.setItems(query -> consultations.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        // Rows are the same request across refreshes, so a change in the detail keeps the selection.
        grid.getGenericDataView().setIdentifierProvider(ConsultationSummary::id);
        grid.sort(GridSortOrder.desc(received).build());
        grid.setAriaLabel(getTranslation("staff.consultations.title"));
        grid.setId("consultations-grid");
        grid.addClassName("triage-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() == null) {
                detail.clear();
            } else {
                detail.open(e.getValue().id());
            }
        });
    }

    private ConsultationFilter filter() {
        return new ConsultationFilter(search.getValue(), statusFilter.getValue(), receivedFrom.getValue(),
                receivedTo.getValue(), assigneeFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.consultations.title");
    }
}
