package com.milestonerecovery.portal.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.notification.MailAttachment;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reminder email: when (clinic time, zone named), where (the clinic's address, or the telehealth link), and the
 * clinic's phone. Nothing about the kind or purpose of the appointment, no medication, no name of the client; the
 * clinic's name only when the client allowed it. In English and Spanish (no language is stored per client), with a
 * neutral calendar file attached.
 */
@Component
class ReminderMail {

    static final Locale ENGLISH = Locale.US;
    static final Locale SPANISH = Locale.forLanguageTag("es-US");

    record Content(String subject, String body, MailAttachment calendar) {
    }

    private final MessageSource messages;
    private final ClinicProperties clinic;

    ReminderMail(MessageSource messages, ClinicProperties clinic) {
        this.messages = messages;
        this.clinic = clinic;
    }

    Content compose(long appointmentId, long sequence, Instant start, Instant end, String telehealthUrl,
            boolean mayNameClinic) {
        String subject = mayNameClinic
                ? msg("reminder.subject.named", ENGLISH, clinic.name())
                : msg("reminder.subject", ENGLISH);
        String body = part(ENGLISH, start, telehealthUrl, mayNameClinic) + "\n\n----------\n\n"
                + part(SPANISH, start, telehealthUrl, mayNameClinic);
        String where = telehealthUrl != null ? telehealthUrl : address();
        String ics = CalendarFiles.event(appointmentId, sequence, start, end, msg("reminder.ics.title", ENGLISH),
                where, msg("reminder.ics.description", ENGLISH, clinic.phone()));
        return new Content(subject, body,
                new MailAttachment("appointment.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        ics.getBytes(StandardCharsets.UTF_8)));
    }

    private String part(Locale locale, Instant start, String telehealthUrl, boolean mayNameClinic) {
        ZoneId zone = clinic.timeZone();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(zone)
                .format(start);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(start);
        String zoneName = DateTimeFormatter.ofPattern("zzzz", locale).withZone(zone).format(start);
        StringBuilder text = new StringBuilder();
        text.append(msg("reminder.greeting", locale)).append("\n\n");
        text.append(msg("reminder.when", locale, date, time, zoneName, zone.getId())).append("\n\n");
        if (telehealthUrl != null) {
            text.append(msg("reminder.online", locale, telehealthUrl)).append("\n\n");
        } else {
            text.append(msg("reminder.where", locale, address())).append("\n\n");
        }
        text.append(msg(mayNameClinic ? "reminder.call.named" : "reminder.call", locale, clinic.phone(),
                clinic.name())).append("\n");
        text.append(msg("reminder.portal", locale, clinic.publicBaseUrl() + "/portal/appointments")).append("\n\n");
        text.append(msg("reminder.calendar", locale));
        return text.toString();
    }

    private String address() {
        return clinic.street() + ", " + clinic.cityLine();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static List<String> keys() {
        return List.of("reminder.subject", "reminder.subject.named", "reminder.greeting", "reminder.when",
                "reminder.online", "reminder.where", "reminder.call", "reminder.call.named", "reminder.portal",
                "reminder.calendar", "reminder.ics.title", "reminder.ics.description");
    }
}
