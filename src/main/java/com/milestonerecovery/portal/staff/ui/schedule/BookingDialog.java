package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientRow;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.scheduling.AppointmentDetail;
import com.milestonerecovery.portal.scheduling.AppointmentType;
import com.milestonerecovery.portal.scheduling.BookingCommand;
import com.milestonerecovery.portal.scheduling.GroupSession;
import com.milestonerecovery.portal.scheduling.NextFollowUp;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.springframework.data.domain.PageRequest;

/**
 * Booking: the client (searched in the database), clinician, kind, day, length and a free time, in person or by
 * telehealth, and notes for staff. "Propose next follow-up" fills in the first free slot after the client's cadence.
 */
public class BookingDialog extends Dialog {

    private final ScheduleService schedule;
    private final ScheduleFormat format;
    private final ComboBox<ClientRow> client = new ComboBox<>();
    private final Select<AppointmentType> type = new Select<>();
    private final Select<GroupSession> session = new Select<>();
    private final SlotPicker slot;
    private final RadioButtonGroup<String> place = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final TextField telehealth = new TextField();
    private final TextArea notes = new TextArea();
    private final Paragraph proposal = new Paragraph();

    public BookingDialog(ScheduleService schedule, ClientRoster roster, ScheduleFormat format, ClientRow preset,
            Consumer<AppointmentDetail> booked) {
        this.schedule = schedule;
        this.format = format;
        this.slot = new SlotPicker(schedule, format, "book");
        setHeaderTitle(getTranslation("schedule.book.title"));
        setId("booking-dialog");
        setWidth("min(40rem, 100vw)");

        client.setLabel(getTranslation("schedule.field.client"));
        client.setHelperText(getTranslation("schedule.field.client.help"));
        client.setId("book-client");
        client.setRequired(true);
        client.setItemLabelGenerator(r -> r.preferredName() + " (" + r.reference() + ")");
        client.setItems(q -> roster.search(new ClientSearch(q.getFilter().orElse(""), null, false, false),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        client.setWidthFull();
        if (preset != null) {
            client.setValue(preset);
        }
        client.addValueChangeListener(e -> {
            slot.forClient(e.getValue() == null ? null : e.getValue().id(), null);
            proposal.setText("");
        });

        type.setLabel(getTranslation("schedule.field.type"));
        type.setItems(AppointmentType.INTAKE, AppointmentType.MEDICATION_REVIEW, AppointmentType.FOLLOW_UP,
                AppointmentType.GROUP);
        type.setItemLabelGenerator(t -> getTranslation("appointment.type." + t.name()));
        type.setValue(AppointmentType.FOLLOW_UP);
        type.setId("book-type");

        // A group session is joined by choosing it; a free time starts a new one.
        session.setLabel(getTranslation("schedule.field.session"));
        session.setId("book-session");
        session.setEmptySelectionAllowed(true);
        session.setEmptySelectionCaption(getTranslation("schedule.field.session.new"));
        session.setItemLabelGenerator(g -> g == null ? getTranslation("schedule.field.session.new")
                : g.hasRoom() ? getTranslation("schedule.session.label", format.time(g.startsAt()),
                        format.time(g.endsAt()), g.members(), g.capacity())
                        : getTranslation("schedule.session.full", format.time(g.startsAt()), format.time(g.endsAt())));
        session.setItemEnabledProvider(g -> g == null || g.hasRoom());
        session.setVisible(false);
        type.addValueChangeListener(e -> refreshSessions());
        slot.clinician.addValueChangeListener(e -> refreshSessions());
        slot.date.addValueChangeListener(e -> refreshSessions());
        session.addValueChangeListener(e -> slot.setVisibleTimes(e.getValue() == null));

        place.setLabel(getTranslation("schedule.field.place"));
        place.setItems("person", "online");
        place.setItemLabelGenerator(p -> getTranslation("schedule.field.place." + p));
        place.setValue("person");
        place.setId("book-place");
        location.setLabel(getTranslation("schedule.field.location"));
        location.setValue(getTranslation("schedule.field.location.default"));
        location.setMaxLength(ScheduleService.LOCATION_MAX);
        location.setId("book-location");
        telehealth.setLabel(getTranslation("schedule.field.telehealth"));
        telehealth.setPlaceholder("https://");
        telehealth.setMaxLength(ScheduleService.URL_MAX);
        telehealth.setId("book-telehealth");
        telehealth.setVisible(false);
        place.addValueChangeListener(e -> {
            location.setVisible("person".equals(e.getValue()));
            telehealth.setVisible("online".equals(e.getValue()));
        });
        notes.setLabel(getTranslation("schedule.field.notes"));
        notes.setHelperText(getTranslation("schedule.field.notes.help"));
        notes.setMaxLength(ScheduleService.NOTES_MAX);
        notes.setId("book-notes");
        proposal.setId("book-proposal");

        Button propose = new Button(getTranslation("schedule.next.propose"), e -> propose());
        propose.setId("book-propose");
        FormLayout form = new FormLayout(client, type, propose, proposal, slot, session, place, location, telehealth,
                notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button book = new Button(getTranslation("schedule.book.save"), e -> save(booked));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("book-save");
        Button cancel = new Button(getTranslation("schedule.dialog.close"), e -> close());
        getFooter().add(cancel, book);
        slot.forClient(preset == null ? null : preset.id(), null);
    }

    /** Opens with a day (and, optionally, clinician and time) already chosen, e.g. from a free slot. */
    public BookingDialog preselect(Long clinicianId, LocalDate day, Instant start) {
        if (clinicianId != null && start != null) {
            slot.select(clinicianId, start, slot.length.getValue());
        } else {
            if (clinicianId != null) {
                slot.clinician.getListDataView().getItems().filter(m -> m.id() == clinicianId).findFirst()
                        .ifPresent(slot.clinician::setValue);
            }
            slot.date.setValue(day);
        }
        return this;
    }

    private void propose() {
        if (client.getValue() == null) {
            client.setInvalid(true);
            client.setErrorMessage(getTranslation("schedule.error.clientRequired"));
            return;
        }
        try {
            NextFollowUp next = schedule.proposeNext(client.getValue().id(), slot.length.getValue());
            if (next.startsAt() == null) {
                proposal.setText(getTranslation("schedule.next.none", format.dateTime(next.dueAt())));
                return;
            }
            type.setValue(AppointmentType.FOLLOW_UP);
            slot.select(next.clinicianId(), next.startsAt(), slot.length.getValue());
            proposal.setText(getTranslation("schedule.next.proposal", next.followUpDays(),
                    format.dateTime(next.dueAt()), format.dateTime(next.startsAt()), next.clinicianName()));
        } catch (RuleViolation e) {
            proposal.setText(format.message(this, e));
        }
    }

    private void refreshSessions() {
        boolean group = type.getValue() == AppointmentType.GROUP;
        session.setVisible(group);
        if (!group || slot.clinicianId() == null || slot.date.getValue() == null) {
            session.setItems(List.of());
            slot.setVisibleTimes(true);
            return;
        }
        List<GroupSession> sessions = schedule.groupSessions(slot.clinicianId(), slot.date.getValue());
        session.setItems(sessions);
        session.setHelperText(getTranslation(sessions.isEmpty() ? "schedule.field.session.none"
                : "schedule.field.session.help"));
        slot.setVisibleTimes(true);
    }

    private void save(Consumer<AppointmentDetail> booked) {
        GroupSession joining = session.isVisible() ? session.getValue() : null;
        if (joining != null && client.getValue() != null) {
            boolean online = "online".equals(place.getValue());
            BookingCommand command = new BookingCommand(client.getValue().id(), joining.clinicianId(),
                    AppointmentType.GROUP, joining.startsAt(), joining.length(),
                    online ? null : location.getValue(), online ? telehealth.getValue() : null, notes.getValue());
            submit(command, booked);
            return;
        }
        if (client.getValue() == null || slot.time.getValue() == null) {
            client.setInvalid(client.getValue() == null);
            client.setErrorMessage(getTranslation("schedule.error.clientRequired"));
            slot.time.setInvalid(slot.time.getValue() == null);
            slot.time.setErrorMessage(getTranslation("schedule.error.startRequired"));
            return;
        }
        boolean online = "online".equals(place.getValue());
        BookingCommand command = new BookingCommand(client.getValue().id(), slot.clinicianId(), type.getValue(),
                slot.time.getValue(), slot.length.getValue(), online ? null : location.getValue(),
                online ? telehealth.getValue() : null, notes.getValue());
        submit(command, booked);
    }

    private void submit(BookingCommand command, Consumer<AppointmentDetail> booked) {
        AppointmentDetail[] result = new AppointmentDetail[1];
        if (format.run(this, () -> result[0] = schedule.book(command))) {
            Notifications.success(getTranslation("schedule.book.done", format.dateTime(result[0].startsAt())));
            close();
            booked.accept(result[0]);
        } else {
            slot.refresh(null);
            refreshSessions();
        }
    }
}
