package com.milestonerecovery.portal.staff.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.consultation.ConsultationDetail;
import com.milestonerecovery.portal.consultation.ConsultationEnrollmentService;
import com.milestonerecovery.portal.consultation.ConsultationEventKind;
import com.milestonerecovery.portal.consultation.ConsultationHistoryEntry;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ConsultationStatus;
import com.milestonerecovery.portal.consultation.ConsultationTriageService;
import com.milestonerecovery.portal.consultation.EnrollmentResult;
import com.milestonerecovery.portal.consultation.StaleConsultationException;
import com.milestonerecovery.portal.consultation.TriageException;
import com.milestonerecovery.portal.security.StaffMember;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The selected request: who the person is and how they want to be reached (first, and prominent), what they
 * told us, the next steps the workflow allows, the assignee, notes and the history. Each button is one service
 * call; the panel shows what the service returns. All typed text is set as text, never as HTML.
 */
class ConsultationDetailPanel extends Div {

    private final ConsultationService consultations;
    private final ConsultationTriageService triage;
    private final ConsultationEnrollmentService enrollment;
    private final List<StaffMember> team;
    private final DateTimeFormatter timeFormat;
    private final Runnable onChanged;
    private ConsultationDetail shown;

    ConsultationDetailPanel(ConsultationService consultations, ConsultationTriageService triage,
            ConsultationEnrollmentService enrollment, List<StaffMember> team, DateTimeFormatter timeFormat,
            Runnable onChanged) {
        this.consultations = consultations;
        this.triage = triage;
        this.enrollment = enrollment;
        this.team = team;
        this.timeFormat = timeFormat;
        this.onChanged = onChanged;
        setId("consultation-detail");
        addClassName("consultation-detail");
        clear();
    }

    void clear() {
        shown = null;
        removeAll();
        Paragraph empty = new Paragraph(getTranslation("triage.detail.select"));
        empty.addClassName("triage-empty");
        add(empty);
    }

    void open(long id) {
        run(() -> consultations.get(id), null);
    }

    private void show(ConsultationDetail d) {
        shown = d;
        removeAll();
        H2 title = new H2(getTranslation("staff.consultations.detailTitle", d.reference()));
        title.setId("consultation-detail-title");
        Div state = new Div(text("triage-state", getTranslation("triage.detail.status",
                getTranslation("consultation.status." + d.status().name()))),
                text("triage-state", getTranslation("triage.detail.received", format(d.receivedAt()))),
                text("triage-state", getTranslation("triage.detail.assignee",
                        d.assigneeName() == null ? getTranslation("triage.nobody") : d.assigneeName())));
        if (d.clientReference() != null) {
            state.add(text("triage-state", getTranslation("triage.detail.client", d.clientReference())));
        }
        state.addClassName("triage-states");
        state.setId("triage-state");
        add(title, state, contactBox(d), requestSection(d), nextSteps(d), assignment(d), notes(d), history(d));
    }

    /** How to reach the person, and whether the clinic may be named: what staff must see before they call. */
    private Section contactBox(ConsultationDetail d) {
        H3 heading = new H3(getTranslation("triage.contact.title"));
        heading.setId("contact-box-title");
        Section box = new Section(heading);
        box.setId("contact-box");
        box.addClassName("contact-box");
        box.getElement().setAttribute("aria-labelledby", "contact-box-title");
        Paragraph naming = new Paragraph(getTranslation(d.mayIdentifyClinic() ? "staff.consultations.mayIdentify.yes"
                : "staff.consultations.mayIdentify.no"));
        naming.addClassNames("contact-preference", d.mayIdentifyClinic() ? "may-name" : "do-not-name");
        naming.setId("may-identify");
        box.add(naming);
        row(box, "staff.consultations.contact", getTranslation("consultation.contact." + d.contactMethod().name()));
        row(box, "consultation.field.phone", d.phone());
        row(box, "consultation.field.email", d.email());
        row(box, "consultation.field.bestTimes", d.bestTimes());
        row(box, "staff.consultations.language", getTranslation("triage.language." + d.language()));
        return box;
    }

    private Section requestSection(ConsultationDetail d) {
        Section section = new Section(new H3(getTranslation("triage.request.title")));
        section.addClassName("triage-section");
        row(section, "staff.consultations.name", d.preferredName());
        row(section, "triage.field.concerns", d.concerns().stream()
                .map(c -> getTranslation("public.signs.item." + c.key())).collect(Collectors.joining("; ")));
        row(section, "triage.field.medications", d.currentMedications());
        row(section, "triage.field.message", d.message());
        row(section, "triage.field.referral", d.referralSource());
        return section;
    }

    private Section nextSteps(ConsultationDetail d) {
        Section section = new Section(new H3(getTranslation("triage.next.title")));
        section.addClassName("triage-section");
        section.setId("next-steps");
        if (d.status().isFinal()) {
            section.add(new Paragraph(getTranslation("triage.next.final")));
            return section;
        }
        TextArea note = new TextArea(getTranslation("triage.next.note"));
        note.setId("status-note");
        note.setMaxLength(ConsultationTriageService.NOTE_MAX);
        note.setWidthFull();
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.addClassName("triage-buttons");
        for (ConsultationStatus target : d.status().nextSteps()) {
            Button button = new Button(getTranslation("triage.action." + target.name()),
                    e -> run(() -> triage.changeStatus(d.id(), d.version(), target, note.getValue()),
                            getTranslation("triage.status.saved",
                                    getTranslation("consultation.status." + target.name()))));
            button.setId("status-" + target.name());
            if (target == ConsultationStatus.CONTACTED || target == ConsultationStatus.SCHEDULED) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            buttons.add(button);
        }
        section.add(note, buttons);
        if (d.status().canEnroll()) {
            Button enroll = new Button(getTranslation("triage.next.enroll"), e -> openEnrollment(d));
            enroll.setId("enroll-button");
            enroll.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            section.add(enroll);
        } else {
            Paragraph hint = new Paragraph(getTranslation("triage.next.enrollHint"));
            hint.addClassName("field-help");
            section.add(hint);
        }
        return section;
    }

    private Section assignment(ConsultationDetail d) {
        Section section = new Section(new H3(getTranslation("triage.assign.title")));
        section.addClassName("triage-section");
        ComboBox<StaffMember> assignee = new ComboBox<>(getTranslation("triage.assign.label"));
        assignee.setId("assignee");
        assignee.setItems(team);
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("triage.nobody"));
        team.stream().filter(m -> d.assigneeId() != null && m.id() == d.assigneeId()).findFirst()
                .ifPresent(assignee::setValue);
        Button save = new Button(getTranslation("triage.assign.save"), e -> run(() -> triage.assign(d.id(),
                d.version(), assignee.getValue() == null ? null : assignee.getValue().id()),
                getTranslation("triage.assign.saved")));
        save.setId("assign-save");
        boolean open = !d.status().isFinal();
        assignee.setEnabled(open);
        save.setEnabled(open);
        HorizontalLayout line = new HorizontalLayout(assignee, save);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(line);
        return section;
    }

    private Section notes(ConsultationDetail d) {
        Section section = new Section(new H3(getTranslation("triage.notes.title")));
        section.addClassName("triage-section");
        TextArea note = new TextArea(getTranslation("triage.notes.new"));
        note.setId("new-note");
        note.setHelperText(getTranslation("triage.notes.help"));
        note.setMaxLength(ConsultationTriageService.NOTE_MAX);
        note.setWidthFull();
        Button add = new Button(getTranslation("triage.notes.add"),
                e -> run(() -> triage.addNote(d.id(), note.getValue()), getTranslation("triage.notes.saved")));
        add.setId("add-note");
        section.add(note, add);
        List<ConsultationHistoryEntry> notes = d.history().stream()
                .filter(e -> e.kind() == ConsultationEventKind.NOTE).toList();
        Div list = new Div();
        list.setId("notes");
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("triage.notes.none")));
        }
        for (ConsultationHistoryEntry entry : notes) {
            Div item = new Div(text("note-meta", getTranslation("triage.notes.by", entry.actorName(),
                    format(entry.occurredAt()))), text("note-text", entry.note()));
            item.addClassName("triage-note");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Oldest first, from the moment the request arrived. */
    private Section history(ConsultationDetail d) {
        Section section = new Section(new H3(getTranslation("triage.history.title")));
        section.addClassName("triage-section");
        OrderedList list = new OrderedList();
        list.setId("consultation-history");
        list.addClassName("triage-history");
        list.add(historyItem(d.receivedAt(), getTranslation("triage.history.received"), null));
        for (ConsultationHistoryEntry e : d.history()) {
            String what = switch (e.kind()) {
                case STATUS -> getTranslation("triage.history.status", e.actorName(), statusName(e.fromStatus()),
                        statusName(e.toStatus()));
                case ASSIGNMENT -> e.assigneeId() == null ? getTranslation("triage.history.unassigned", e.actorName())
                        : getTranslation("triage.history.assigned", e.actorName(), e.assigneeName() == null
                                ? "#" + e.assigneeId() : e.assigneeName());
                case NOTE -> getTranslation("triage.history.note", e.actorName());
            };
            list.add(historyItem(e.occurredAt(), what, e.kind() == ConsultationEventKind.STATUS ? e.note() : null));
        }
        section.add(list);
        return section;
    }

    private ListItem historyItem(Instant when, String what, String note) {
        ListItem item = new ListItem(text("history-when", format(when)), text("history-what", what));
        if (note != null) {
            item.add(text("note-text", note));
        }
        return item;
    }

    private void openEnrollment(ConsultationDetail d) {
        try {
            new EnrollmentDialog(enrollment.prepareEnrollment(d.id()), enrollment, this::enrolled,
                    () -> open(d.id())).open();
        } catch (TriageException e) {
            refused(e);
        }
    }

    private void enrolled(EnrollmentResult result) {
        show(result.request());
        onChanged.run();
        Notifications.success(getTranslation("triage.enroll.done", result.clientReference()));
    }

    /** One service call; shows the request it returns, or why it was refused (and the request as it now is). */
    private void run(Supplier<ConsultationDetail> action, String success) {
        try {
            show(action.get());
            if (success != null) {
                onChanged.run();
                Notifications.success(success);
            }
        } catch (TriageException e) {
            refused(e);
        }
    }

    private void refused(TriageException e) {
        Notifications.error(getTranslation(e.messageKey()));
        if (e instanceof StaleConsultationException && shown != null) {
            long id = shown.id();
            onChanged.run();
            run(() -> consultations.get(id), null);
        }
    }

    private String statusName(ConsultationStatus status) {
        return status == null ? "" : getTranslation("consultation.status." + status.name());
    }

    private void row(HasComponents target, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("detail-label");
        Span text = new Span(value);
        text.addClassName("detail-value");
        target.add(new Div(label, text));
    }

    private static Span text(String className, String value) {
        Span span = new Span(value == null ? "" : value);
        span.addClassName(className);
        return span;
    }

    private String format(Instant instant) {
        return instant == null ? "" : timeFormat.format(instant);
    }
}
