package com.milestonerecovery.portal.staff.ui.record;

import java.util.List;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.FlagView;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Urgent flags, open first: acknowledge, reply to the client, resolve. */
class FlagsSection extends Div {

    private static final int PAGE = 50;
    private final CareTeamReview review;
    private final long clientId;
    private final RecordFormat format;
    private final Div list = new Div();

    FlagsSection(CareTeamReview review, long clientId, RecordFormat format) {
        this.review = review;
        this.clientId = clientId;
        this.format = format;
        setId("section-flags");
        list.setId("flag-list");
        add(new H2(getTranslation("staff.record.flags")), list);
        load();
    }

    private void load() {
        list.removeAll();
        List<FlagView> flags = review.flags(clientId, 0, PAGE);
        if (flags.isEmpty()) {
            list.add(new Paragraph(getTranslation("staff.record.flags.none")));
        }
        flags.forEach(f -> list.add(card(f)));
    }

    private Div card(FlagView f) {
        Div card = new Div();
        card.addClassNames("card", f.resolved() ? "flag-resolved" : "flag-open");
        card.add(new H3(getTranslation("staff.flag.reason." + f.reason().name())));
        card.add(RecordFormat.row(getTranslation("staff.record.raised"), format.dateTime(f.raisedAt())));
        String status = f.resolved() ? getTranslation("staff.record.status.resolved", format.dateTime(f.resolvedAt()))
                : f.acknowledged() ? getTranslation("staff.record.status.acknowledged",
                        format.dateTime(f.acknowledgedAt()), f.acknowledgedBy() == null ? "" : f.acknowledgedBy())
                : getTranslation("staff.record.status.new");
        card.add(RecordFormat.row(getTranslation("staff.record.status"), status));
        if (f.response() != null) {
            card.add(RecordFormat.row(getTranslation("staff.record.reply"), f.response()));
        }
        if (!f.resolved()) {
            Div actions = new Div();
            actions.addClassName("actions");
            if (!f.acknowledged()) {
                Button ack = new Button(getTranslation("staff.review.acknowledge"), e -> act(() ->
                        review.acknowledgeFlag(f.id()), "staff.review.acknowledged"));
                ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                ack.setId("acknowledge-flag-" + f.id());
                actions.add(ack);
            }
            Button reply = new Button(getTranslation("staff.review.reply"), e -> new ReplyDialog(
                    getTranslation("staff.review.reply.title"),
                    text -> act(() -> review.respondToFlag(f.id(), text), "staff.review.replied")).open());
            reply.setId("reply-flag-" + f.id());
            Button resolve = new Button(getTranslation("staff.review.resolve"), e -> act(() ->
                    review.resolveFlag(f.id()), "staff.review.resolved"));
            resolve.setId("resolve-flag-" + f.id());
            actions.add(reply, resolve);
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
