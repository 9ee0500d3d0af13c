package com.milestonerecovery.portal.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder job as a db-scheduler recurring task (Boot 4 starter). Its single execution row in
 * {@code scheduled_tasks} is picked by one app server at a time, with heartbeats; a server that dies mid-run has its
 * execution taken over once its heartbeats stop. The job itself is idempotent (see {@link ReminderJob}).
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

    static final String TASK = "appointment-reminders";

    @Bean
    RecurringTask<Void> appointmentReminders(ReminderJob job, SchedulingProperties properties) {
        return task(job, properties.reminderInterval());
    }

    static RecurringTask<Void> task(ReminderJob job, Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> job.sendDue());
    }
}
