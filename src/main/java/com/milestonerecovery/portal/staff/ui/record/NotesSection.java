package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService.StaffNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Care-team notes: internal ones, and notes written for the client (shown on their today page). */
class NotesSection extends Div {

    private static final int PAGE = 50;
    private final CareTeamNoteService notes;
    private final long clientId;
    private final RecordFormat format;
    private final Div list = new Div();

    NotesSection(CareTeamNoteService notes, long clientId, RecordFormat format) {
        this.notes = notes;
        this.clientId = clientId;
        this.format = format;
        setId("section-notes");
        TextArea body = new TextArea(getTranslation("staff.notes.new"));
        body.setMaxLength(CareTeamNoteService.BODY_MAX);
        body.setWidthFull();
        body.setId("note-body");
        Checkbox forClient = new Checkbox(getTranslation("staff.notes.forClient"));
        forClient.setId("note-for-client");
        Button save = new Button(getTranslation("staff.notes.save"), e -> RecordErrors.run(this,
                () -> notes.add(clientId, body.getValue(), forClient.getValue()), () -> {
                    Notifications.success(getTranslation("staff.notes.saved"));
                    body.clear();
                    forClient.clear();
                    load();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("note-save");
        list.setId("note-list");
        add(new H2(getTranslation("staff.record.notes")), body, forClient, new Div(save), list);
        load();
    }

    private void load() {
        list.removeAll();
        var page = notes.notes(clientId, 0, PAGE);
        if (page.isEmpty()) {
            list.add(new Paragraph(getTranslation("staff.notes.none")));
        }
        for (StaffNote n : page) {
            Div card = new Div();
            card.addClassName("card");
            Paragraph heading = new Paragraph(getTranslation(n.visibleToClient() ? "staff.notes.heading.client"
                    : "staff.notes.heading.internal", format.dateTime(n.createdAt()), n.authorName()));
            heading.addClassName("revision-heading");
            card.add(heading, RecordFormat.text(n.body()));
            list.add(card);
        }
    }
}
