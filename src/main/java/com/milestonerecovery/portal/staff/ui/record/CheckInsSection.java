package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.monitoring.CareTeamRecords.CheckInRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.QuestionnaireRow;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** Daily check-ins (cravings, mood, sleep, note) and questionnaire results, newest first, paged by the database. */
class CheckInsSection extends Div {

    CheckInsSection(CareTeamReview review, long clientId, RecordFormat format) {
        setId("section-check-ins");
        Grid<CheckInRow> checkIns = new Grid<>();
        checkIns.addColumn(c -> format.dateTime(c.recordedAt())).setHeader(getTranslation("staff.record.recorded"))
                .setAutoWidth(true);
        checkIns.addColumn(CheckInRow::cravings).setHeader(getTranslation("staff.record.cravings")).setAutoWidth(true);
        checkIns.addColumn(CheckInRow::mood).setHeader(getTranslation("staff.record.mood")).setAutoWidth(true);
        checkIns.addColumn(c -> c.sleepHours() == null ? "" : c.sleepHours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("staff.record.sleep")).setAutoWidth(true);
        checkIns.addColumn(c -> c.urgent() ? getTranslation("staff.record.urgent") : "")
                .setHeader(getTranslation("staff.record.flagged")).setAutoWidth(true);
        checkIns.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("staff.record.note"))
                .setFlexGrow(3);
        checkIns.setItems(q -> review.checkIns(clientId, q.getOffset(), q.getLimit()).stream());
        checkIns.setAriaLabel(getTranslation("staff.record.checkIns"));
        checkIns.setHeight("24rem");

        Grid<QuestionnaireRow> scores = new Grid<>();
        scores.addColumn(r -> format.dateTime(r.completedAt())).setHeader(getTranslation("staff.record.completed"));
        scores.addColumn(r -> getTranslation("staff.questionnaire." + r.instrument().name()))
                .setHeader(getTranslation("staff.record.instrument"));
        scores.addColumn(QuestionnaireRow::total).setHeader(getTranslation("staff.record.total"));
        scores.addColumn(r -> getTranslation("checkin.band." + r.band()))
                .setHeader(getTranslation("staff.record.band"));
        scores.setItems(q -> review.questionnaires(clientId, q.getOffset(), q.getLimit()).stream());
        scores.setAriaLabel(getTranslation("staff.record.questionnaires"));
        scores.setHeight("16rem");
        add(new H2(getTranslation("staff.record.checkIns")), checkIns,
                new H2(getTranslation("staff.record.questionnaires")), scores);
    }
}
