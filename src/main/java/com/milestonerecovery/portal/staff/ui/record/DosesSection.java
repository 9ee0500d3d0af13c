package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.monitoring.CareTeamRecords.DoseRow;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** Every recorded dose, newest first, loaded page by page from the database as the list scrolls. */
class DosesSection extends Div {

    DosesSection(CareTeamReview review, long clientId, RecordFormat format) {
        setId("section-doses");
        Grid<DoseRow> grid = new Grid<>();
        grid.addColumn(d -> format.date(d.day())).setHeader(getTranslation("staff.record.day")).setAutoWidth(true);
        grid.addColumn(DoseRow::medication).setHeader(getTranslation("staff.record.medication"));
        grid.addColumn(d -> d.scheduledFor() == null ? getTranslation("staff.record.asNeeded")
                : format.dateTime(d.scheduledFor())).setHeader(getTranslation("staff.record.scheduled"));
        grid.addColumn(d -> getTranslation("staff.record.dose." + d.status().name())
                + (d.late() ? " · " + getTranslation("staff.record.late") : ""))
                .setHeader(getTranslation("staff.record.status"));
        grid.addColumn(d -> d.skipReason() == null ? "" : d.skipReason())
                .setHeader(getTranslation("staff.record.skipReason"));
        grid.setItems(q -> review.doses(clientId, q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("staff.record.doses"));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        add(new H2(getTranslation("staff.record.doses")), grid);
    }
}
