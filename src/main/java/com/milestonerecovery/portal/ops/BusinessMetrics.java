package com.milestonerecovery.portal.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * Business gauges for Prometheus ({@code /actuator/prometheus}): open urgent flags, the mail outbox backlog and the
 * age of its oldest pending message, and how late the reminder job is. Values come from {@link OperationalFigures}
 * (cached); no tag carries anything about a person.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private final OperationalFigures figures;

    BusinessMetrics(OperationalFigures figures) {
        this.figures = figures;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.urgent.flags.open", figures, f -> f.current().openUrgentFlags())
                .description("Urgent flags not yet resolved by the care team").register(registry);
        Gauge.builder("portal.outbox.pending", figures, f -> f.current().outboxPending())
                .description("Mail messages waiting in the outbox").register(registry);
        Gauge.builder("portal.outbox.oldest.pending.age", figures, f -> f.current().oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest mail message still waiting in the outbox")
                .register(registry);
        Gauge.builder("portal.reminders.lag", figures, f -> f.current().reminderLag().toMillis() / 1000.0)
                .baseUnit("seconds").description("How far the appointment-reminder job is behind its planned run")
                .register(registry);
    }
}
