package com.milestonerecovery.portal.staff.ui.admin;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.milestonerecovery.portal.audit.AuditEntry;
import com.milestonerecovery.portal.audit.AuditLog;
import com.milestonerecovery.portal.audit.AuditQuery;
import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: the audit trail, filtered, paged and sorted by the database, with a preset for reviewing break-glass
 * openings and a CSV export of what the filters match (streamed; the export is itself audited).
 */
@Route(value = "staff/admin/audit", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AuditEntry> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final TextField client = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DateTimeFormatter timeFormat;
    private boolean newestFirst = true;

    AuditView(AuditLog log, ClinicProperties clinic) {
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clinic.timeZone());
        setSizeFull();

        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setMaxLength(AuditQuery.TEXT_MAX);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        client.setLabel(getTranslation("audit.filter.client"));
        client.setId("audit-client");
        client.setMaxLength(AuditQuery.TEXT_MAX);
        client.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        for (DatePicker field : List.of(from, to)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        client.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button breakGlass = new Button(getTranslation("audit.preset.breakGlass"), e -> {
            from.clear();
            to.clear();
            actor.clear();
            client.clear();
            action.setValue(AuditAction.BREAK_GLASS);
        });
        breakGlass.setId("audit-break-glass");

        // The filters are read when the export starts, so it matches what the grid shows at that moment.
        Anchor csv = new Anchor((DownloadHandler) event -> {
            AuditQuery[] current = new AuditQuery[1];
            event.getUI().accessSynchronously(() -> current[0] = query());
            event.setFileName("audit-trail.csv");
            event.setContentType("text/csv;charset=utf-8");
            try (OutputStream out = event.getOutputStream()) {
                log.exportCsv(current[0], out);
            }
        }, getTranslation("audit.export"));
        csv.setId("audit-export");
        csv.addClassName("cta-button");

        FlexLayout filters = new FlexLayout(from, to, actor, client, action, breakGlass, csv);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        Grid.Column<AuditEntry> when = grid.addColumn(e -> format(e.occurredAt()))
                .setHeader(getTranslation("audit.col.when")).setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.col.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::clientReference).setHeader(getTranslation("audit.col.client")).setAutoWidth(true);
        grid.addColumn(AuditEntry::section).setHeader(getTranslation("audit.col.section")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.col.from")).setAutoWidth(true);
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setItems(q -> {
            newestFirst = q.getSortOrders().isEmpty()
                    || q.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
            return log.find(query(), q.getOffset(), q.getLimit()).stream();
        }, q -> (int) Math.min(Integer.MAX_VALUE, log.count(query())));
        grid.sort(GridSortOrder.desc(when).build());

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, grid);
        setFlexGrow(1, grid);
    }

    private AuditQuery query() {
        return new AuditQuery(from.getValue(), to.getValue(), actor.getValue(), client.getValue(), action.getValue(),
                newestFirst);
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
