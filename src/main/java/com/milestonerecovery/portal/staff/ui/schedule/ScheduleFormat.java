package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.BreakGlassRequiredException;
import com.vaadin.flow.component.Component;

import org.springframework.security.access.AccessDeniedException;

/** Times in the clinic's zone for the schedule pages, and turning refused changes into translated messages. */
public final class ScheduleFormat {

    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dateTime;

    public ScheduleFormat(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.day = DateTimeFormatter.ofPattern("EEEE d MMM", locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String day(LocalDate date) {
        return day.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** The message for a refused change, with any times in it shown in the clinic's zone. */
    public String message(Component owner, RuleViolation e) {
        Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof Instant i ? dateTime(i) : a).toArray();
        return owner.getTranslation(e.messageKey(), args);
    }

    /** Runs a change; on refusal tells the person why (in their language) and returns false. */
    public boolean run(Component owner, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation e) {
            Notifications.error(message(owner, e));
        } catch (BreakGlassRequiredException e) {
            Notifications.error(owner.getTranslation("schedule.denied.caseload"));
        } catch (AccessDeniedException e) {
            Notifications.error(owner.getTranslation("schedule.denied"));
        }
        return false;
    }
}
