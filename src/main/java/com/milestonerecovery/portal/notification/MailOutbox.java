package com.milestonerecovery.portal.notification;

import java.time.Clock;
import java.util.List;

import com.milestonerecovery.portal.security.Roles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way the application sends mail. A message is stored in the caller's transaction, so it exists
 * exactly when the change that caused it commits; {@link OutboxRelay} delivers it afterwards.
 *
 * <p>Callers write subjects and bodies without health details (PRODUCT.md): "you have a new message",
 * a reference, a link to sign in.
 */
@Service
public class MailOutbox {

    private final OutboxMessageRepository messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailOutbox(OutboxMessageRepository messages, JdbcTemplate jdbc, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a plain-text message. Must run inside the transaction of the change it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank() || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("recipient, subject and body are required");
        }
        return messages.save(new OutboxMessage(recipient.strip(), subject, body, clock.instant())).getId();
    }

    /** As {@link #enqueue(String, String, String)}, with files sent along (stored with the message). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String body, List<MailAttachment> attachments) {
        long id = enqueue(recipient, subject, body);
        for (MailAttachment a : attachments) {
            jdbc.update("insert into outbox_attachment (message_id, filename, content_type, content) values (?, ?, ?, ?)",
                    id, a.filename(), a.contentType(), a.content());
        }
        return id;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(OutboxStatus status, Pageable pageable) {
        return messages.findByStatus(status, pageable).map(OutboxMessage::toEntry);
    }

    /** Puts a message that failed for good back in the queue, with a fresh set of attempts. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public OutboxEntry retry(long id) {
        OutboxMessage message = messages.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no such message"));
        if (message.getStatus() != OutboxStatus.SENT) {
            message.retryNow(clock.instant());
        }
        return message.toEntry();
    }
}
