package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.vaadin.flow.component.Component;

import org.springframework.security.access.AccessDeniedException;

/** Runs a change and tells the person, in their language, what went wrong if it was refused. */
final class RecordErrors {

    private RecordErrors() {
    }

    static void run(Component owner, Runnable action, Runnable onSuccess) {
        try {
            action.run();
        } catch (RuleViolation e) {
            Notifications.error(owner.getTranslation(e.messageKey(), e.arguments()));
            return;
        } catch (AccessDeniedException e) {
            Notifications.error(owner.getTranslation("staff.record.denied"));
            return;
        }
        onSuccess.run();
    }
}
