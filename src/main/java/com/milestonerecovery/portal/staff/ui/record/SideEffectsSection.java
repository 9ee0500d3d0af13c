package com.milestonerecovery.portal.staff.ui.record;

import java.util.List;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.SideEffectView;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Side effects the client reported, open first: acknowledge, reply, resolve. */
class SideEffectsSection extends Div {

    private static final int PAGE = 50;
    private final CareTeamReview review;
    private final long clientId;
    private final RecordFormat format;
    private final Div list = new Div();

    SideEffectsSection(CareTeamReview review, long clientId, RecordFormat format) {
        this.review = review;
        this.clientId = clientId;
        this.format = format;
        setId("section-side-effects");
        add(new H2(getTranslation("staff.record.sideEffects")), list);
        load();
    }

    private void load() {
        list.removeAll();
        List<SideEffectView> reports = review.sideEffects(clientId, getLocale(), 0, PAGE);
        if (reports.isEmpty()) {
            list.add(new Paragraph(getTranslation("staff.record.sideEffects.none")));
        }
        reports.forEach(r -> list.add(card(r)));
    }

    private Div card(SideEffectView r) {
        Div card = new Div();
        card.addClassName("card");
        String what = r.label() != null ? r.label() + (r.medication() == null ? "" : " (" + r.medication() + ")")
                : r.otherText();
        H3 title = new H3();
        title.setText(what == null ? "" : what);
        card.add(title);
        card.add(RecordFormat.row(getTranslation("staff.record.severity"),
                getTranslation("checkin.severity." + r.severity().name())));
        card.add(RecordFormat.row(getTranslation("staff.record.reported"), format.dateTime(r.reportedAt())));
        card.add(RecordFormat.row(getTranslation("staff.record.status"), r.resolved()
                ? getTranslation("staff.record.status.resolved", format.dateTime(r.resolvedAt()))
                : r.acknowledged() ? getTranslation("staff.record.status.seen", format.dateTime(r.acknowledgedAt()))
                : getTranslation("staff.record.status.new")));
        if (r.response() != null) {
            card.add(RecordFormat.row(getTranslation("staff.record.reply"), r.response()));
        }
        if (!r.resolved()) {
            Div actions = new Div();
            actions.addClassName("actions");
            if (!r.acknowledged()) {
                actions.add(new Button(getTranslation("staff.review.acknowledge"), e -> act(() ->
                        review.acknowledgeSideEffect(r.id()), "staff.review.acknowledged")));
            }
            actions.add(new Button(getTranslation("staff.review.reply"), e -> new ReplyDialog(
                    getTranslation("staff.review.reply.title"),
                    text -> act(() -> review.respondToSideEffect(r.id(), text), "staff.review.replied")).open()));
            actions.add(new Button(getTranslation("staff.review.resolve"), e -> act(() ->
                    review.resolveSideEffect(r.id()), "staff.review.resolved")));
            card.add(actions);
        }
        return card;
    }

    private void act(Runnable action, String doneKey) {
        RecordErrors.run(this, action, () -> {
            Notifications.success(getTranslation(doneKey));
            load();
        });
    }
}
