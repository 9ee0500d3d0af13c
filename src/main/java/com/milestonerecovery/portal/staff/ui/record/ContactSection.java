package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.client.ClientProfile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** Who the client is and how the clinic may reach them, with their privacy choices stated plainly. */
class ContactSection extends Div {

    ContactSection(ClientProfile p, RecordFormat format) {
        setId("section-contact");
        add(new H2(getTranslation("staff.record.contact")));
        add(RecordFormat.row(getTranslation("staff.clients.reference"), p.reference()),
                RecordFormat.row(getTranslation("staff.record.phone"), p.phone()),
                RecordFormat.row(getTranslation("staff.record.email"), p.email()),
                RecordFormat.row(getTranslation("staff.clients.clinician"), p.clinicianName()),
                RecordFormat.row(getTranslation("staff.record.enrolled"), format.dateTime(p.enrolledAt())),
                RecordFormat.row(getTranslation("staff.record.followUp"),
                        getTranslation("staff.record.followUp.days", p.followUpDays())));
        Div privacy = new Div();
        privacy.addClassName("contact-preference");
        privacy.setId("contact-preferences");
        privacy.add(new Paragraph(getTranslation(p.contactPreferences().voicemailMayNameClinic()
                ? "staff.record.voicemail.yes" : "staff.record.voicemail.no")));
        privacy.add(new Paragraph(getTranslation(p.contactPreferences().emailMayNameClinic()
                ? "staff.record.emailName.yes" : "staff.record.emailName.no")));
        privacy.add(new Paragraph(getTranslation(p.contactPreferences().emailReminders()
                ? "staff.record.reminders.yes" : "staff.record.reminders.no")));
        add(privacy);
    }
}
