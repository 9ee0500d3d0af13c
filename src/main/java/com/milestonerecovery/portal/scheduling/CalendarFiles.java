package com.milestonerecovery.portal.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;

/**
 * iCalendar files for appointments, made with ical4j. One UID per appointment, so a calendar that imported the file
 * before a move updates the event instead of adding a second one; the sequence number rises with each change.
 */
final class CalendarFiles {

    private CalendarFiles() {
    }

    static String event(long appointmentId, long sequence, Instant start, Instant end, String title, String where,
            String description) {
        VEvent event = new VEvent(start, end, title);
        event.add(new Uid("appointment-" + appointmentId + "@patient-portal"));
        event.add(new Sequence((int) Math.min(sequence, Integer.MAX_VALUE)));
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Description(description));
        Calendar calendar = new Calendar().withProdId("-//Patient portal//Appointments//EN").withDefaults()
                .withComponent(event).getFluentTarget();
        StringWriter writer = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, writer);
        } catch (IOException e) {
            throw new IllegalStateException("calendar file could not be written", e);
        }
        return writer.toString();
    }
}
