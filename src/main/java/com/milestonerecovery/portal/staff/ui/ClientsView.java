package com.milestonerecovery.portal.staff.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientRow;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/**
 * Everyone in care, for the care team: searched, filtered, sorted and paged by the database. A clinician starts
 * on their own caseload; the clinical columns are left out for coordinators.
 */
@Route(value = "staff/clients", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ClientRoster roster;
    private final Grid<ClientRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<StaffMember> clinician = new ComboBox<>();
    private final Checkbox openFlags = new Checkbox();
    private final Checkbox lowAdherence = new Checkbox();
    private final Span total = new Span();

    ClientsView(ClientRoster roster, AccountService staff, CurrentUser currentUser, ClinicProperties clinic) {
        this.roster = roster;
        boolean clinical = currentUser.hasRole(Role.CLINICIAN);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        setSizeFull();
        addClassName("clients-view");

        search.setLabel(getTranslation("staff.clients.search"));
        search.setHelperText(getTranslation("staff.clients.search.help"));
        search.setId("client-search");
        search.setMaxLength(ClientSearch.TEXT_MAX);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        clinician.setLabel(getTranslation("staff.clients.clinician"));
        clinician.setItems(staff.careTeam().stream().filter(m -> m.hasRole(Role.CLINICIAN)).toList());
        clinician.setItemLabelGenerator(StaffMember::displayName);
        clinician.setPlaceholder(getTranslation("staff.clients.clinician.all"));
        clinician.setClearButtonVisible(true);
        clinician.setId("clinician-filter");
        if (clinical) {
            long me = currentUser.require().accountId();
            clinician.getListDataView().getItems().filter(m -> m.id() == me).findFirst().ifPresent(clinician::setValue);
        }
        clinician.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(search, clinician);
        filters.addClassName("filter-bar");
        if (clinical) {
            openFlags.setLabel(getTranslation("staff.clients.openFlagsOnly"));
            openFlags.setId("open-flags-only");
            openFlags.addValueChangeListener(e -> refresh());
            lowAdherence.setLabel(getTranslation("staff.clients.lowAdherenceOnly", ClientRoster.LOW_ADHERENCE));
            lowAdherence.setId("low-adherence-only");
            lowAdherence.addValueChangeListener(e -> refresh());
            filters.add(openFlags, lowAdherence);
        }

        Grid.Column<ClientRow> name = grid.addColumn(ClientRow::preferredName)
                .setHeader(getTranslation("staff.clients.name")).setSortProperty("preferredName").setFlexGrow(2);
        grid.addColumn(ClientRow::reference).setHeader(getTranslation("staff.clients.reference"))
                .setSortProperty("reference").setAutoWidth(true);
        grid.addColumn(r -> r.clinicianName() == null ? "" : r.clinicianName())
                .setHeader(getTranslation("staff.clients.clinician"));
        grid.addColumn(r -> r.lastCheckInAt() == null ? getTranslation("staff.clients.never")
                : format.format(r.lastCheckInAt())).setHeader(getTranslation("staff.clients.lastCheckIn"))
                .setSortProperty("lastCheckInAt").setAutoWidth(true);
        if (clinical) {
            grid.addColumn(r -> r.adherence7d() == null ? "–" : r.adherence7d() + " %")
                    .setHeader(getTranslation("staff.clients.adherence")).setSortProperty("adherence7d")
                    .setAutoWidth(true);
            grid.addColumn(r -> r.openFlags() == null ? "" : String.valueOf(r.openFlags()))
                    .setHeader(getTranslation("staff.clients.openFlags")).setSortProperty("openFlags")
                    .setAutoWidth(true);
        }
        grid.setItems(query -> roster.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.asc(name).build());
        grid.setAriaLabel(getTranslation("staff.clients.title"));
        grid.setId("clients-grid");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));

        total.setId("clients-total");
        total.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("staff.clients.title")), filters, total, grid);
        setFlexGrow(1, grid);
        updateTotal();
    }

    private ClientSearch filter() {
        return new ClientSearch(search.getValue(), clinician.getValue() == null ? null : clinician.getValue().id(),
                openFlags.getValue(), lowAdherence.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("staff.clients.total", roster.count(filter())));
    }

    private void open(ClientRow row) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class, new RouteParameters("id", String.valueOf(row.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.clients.title");
    }
}
