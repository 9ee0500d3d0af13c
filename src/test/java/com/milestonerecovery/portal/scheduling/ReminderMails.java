package com.milestonerecovery.portal.scheduling;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads a received reminder: its plain-text body and its calendar file, parsed with ical4j. */
final class ReminderMails {

    private ReminderMails() {
    }

    static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + find(message, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String ics(MimeMessage message) {
        try {
            return find(message, "text/calendar");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event's start, after ical4j has parsed the attached file. */
    static Instant eventStart(MimeMessage message) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics(message)));
            VEvent event = (VEvent) calendar.getComponents().stream().filter(c -> c instanceof VEvent).findFirst()
                    .orElseThrow();
            Temporal start = event.getStartDate().orElseThrow().getDate();
            return Instant.from(start);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
