package com.milestonerecovery.portal.clientportal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.monitoring.DoseStatus;
import com.milestonerecovery.portal.monitoring.HistoryDay;
import com.milestonerecovery.portal.monitoring.HistoryFilter;
import com.milestonerecovery.portal.monitoring.HistoryService;
import com.milestonerecovery.portal.monitoring.InvalidCheckInException;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** My history: one row per day with the doses recorded and the check-ins sent, paged by the database. */
@Route(value = "portal/history", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    private final HistoryService history;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<HistoryFilter.Kind> kind = new Select<>();
    private final Grid<HistoryDay> grid = new Grid<>();
    private final DateTimeFormatter time;

    HistoryView(HistoryService history, ClinicProperties clinic, Clock clock) {
        this.history = history;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        addClassName("history-view");
        setPadding(false);
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));

        from.setLabel(getTranslation("history.from"));
        from.setValue(today.minusDays(29));
        from.setMax(today);
        from.setId("history-from");
        to.setLabel(getTranslation("history.to"));
        to.setValue(today);
        to.setMax(today);
        to.setId("history-to");
        kind.setLabel(getTranslation("history.show"));
        kind.setItems(HistoryFilter.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("history.kind." + k.name()));
        kind.setValue(HistoryFilter.Kind.ALL);
        kind.setId("history-kind");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, kind);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(d -> dayFormat.format(d.date())).setHeader(getTranslation("history.day")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::dayDetail).setHeader(getTranslation("history.entries"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("history.title"));
        grid.setId("history-grid");
        grid.setPageSize(20);
        refresh();

        add(new H1(getTranslation("history.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || kind.getValue() == null) {
            return;
        }
        HistoryFilter filter = new HistoryFilter(from.getValue(), to.getValue(), kind.getValue());
        try {
            history.countDays(filter); // validates the range before the grid asks for rows
        } catch (InvalidCheckInException e) {
            Notifications.error(getTranslation(e.messageKey()));
            return;
        }
        grid.setItems(query -> history.days(filter, query.getOffset(), query.getLimit()).stream(),
                query -> history.countDays(filter));
    }

    private Component dayDetail(HistoryDay day) {
        Div detail = new Div();
        detail.addClassName("history-day");
        for (HistoryDay.DoseEntry dose : day.doses()) {
            String when = time.format(dose.scheduledFor() != null ? dose.scheduledFor() : dose.recordedAt());
            StringBuilder text = new StringBuilder(when).append(" · ").append(dose.medicationName()).append(' ')
                    .append(dose.doseLabel()).append(" · ")
                    .append(getTranslation(dose.status() == DoseStatus.TAKEN ? "portal.dose.statusTaken"
                            : "portal.dose.statusSkipped"));
            if (dose.skipReason() != null) {
                text.append(" (").append(dose.skipReason()).append(')');
            }
            if (dose.late()) {
                text.append(" · ").append(getTranslation("portal.dose.late"));
            }
            Div line = new Div();
            line.setText(text.toString());
            line.addClassName(dose.status() == DoseStatus.TAKEN ? "history-taken" : "history-skipped");
            detail.add(line);
        }
        for (HistoryDay.CheckInEntry checkIn : day.checkIns()) {
            Div line = new Div();
            line.setText(getTranslation("history.checkIn", time.format(checkIn.recordedAt()), checkIn.cravings(),
                    checkIn.mood(), checkIn.sleepHours() == null ? "–" : checkIn.sleepHours().stripTrailingZeros()
                            .toPlainString()) + (checkIn.note() == null ? "" : " · " + checkIn.note()));
            line.addClassName("history-check-in");
            detail.add(line);
        }
        return detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
