package com.milestonerecovery.portal.staff.ui.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Dates, times and label/value rows as every section of the record shows them, in the clinic's zone. */
final class RecordFormat {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    RecordFormat(Locale locale, ZoneId zone) {
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** "Label: value" with the value as plain text (never HTML), or nothing when the value is empty. */
    static Component row(String label, String value) {
        if (value == null || value.isBlank()) {
            return new Span();
        }
        Span l = new Span(label + ": ");
        l.addClassName("detail-label");
        Span v = new Span(value);
        v.addClassName("detail-value");
        return new Div(l, v);
    }

    /** Multi-line text typed by a person, shown as text with its line breaks kept. */
    static Component text(String value) {
        Div block = new Div();
        block.setText(value == null ? "" : value);
        block.addClassName("preserve-lines");
        return block;
    }
}
