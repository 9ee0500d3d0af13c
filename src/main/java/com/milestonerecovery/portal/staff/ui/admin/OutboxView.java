package com.milestonerecovery.portal.staff.ui.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.notification.MailOutbox;
import com.milestonerecovery.portal.notification.OutboxEntry;
import com.milestonerecovery.portal.notification.OutboxStatus;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

/** Admin: every message the portal has sent or will send, with its delivery state. */
@Route(value = "staff/admin/outbox", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final ComboBox<OutboxStatus> statusFilter = new ComboBox<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final DateTimeFormatter timeFormat;

    OutboxView(MailOutbox outbox, ClinicProperties clinic) {
        this.outbox = outbox;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        setSizeFull();

        statusFilter.setLabel(getTranslation("admin.outbox.status"));
        statusFilter.setItems(OutboxStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("outbox.status." + s.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Grid.Column<OutboxEntry> created = grid.addColumn(e -> format(e.createdAt()))
                .setHeader(getTranslation("admin.outbox.created")).setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("admin.outbox.recipient"))
                .setSortProperty("recipient").setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("admin.outbox.subject"));
        grid.addColumn(e -> getTranslation("outbox.status." + e.status().name()))
                .setHeader(getTranslation("admin.outbox.status")).setSortProperty("status");
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("admin.outbox.attempts"));
        grid.addColumn(e -> format(e.sentAt())).setHeader(getTranslation("admin.outbox.sent"));
        grid.setItems(query -> outbox.list(statusFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        grid.setAriaLabel(getTranslation("admin.outbox.title"));
        grid.sort(GridSortOrder.desc(created).build());

        detail.setPadding(false);
        detail.addClassName("outbox-detail");
        add(new H1(getTranslation("admin.outbox.title")), statusFilter, grid, detail);
        setFlexGrow(1, grid);
    }

    private void showDetail(OutboxEntry entry) {
        detail.removeAll();
        if (entry == null) {
            return;
        }
        Pre body = new Pre(entry.body());
        body.addClassName("mail-body");
        detail.add(new H2(entry.subject()), new Paragraph(getTranslation("admin.outbox.to", entry.recipient())), body);
        if (entry.lastError() != null) {
            detail.add(new Paragraph(getTranslation("admin.outbox.lastError", entry.lastError())));
        }
        if (entry.status() == OutboxStatus.FAILED) {
            detail.add(new Button(getTranslation("admin.outbox.retry"), e -> {
                outbox.retry(entry.id());
                Notifications.success(getTranslation("admin.outbox.requeued"));
                grid.getDataProvider().refreshAll();
            }));
        }
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outbox.title");
    }
}
