package com.milestonerecovery.portal.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail after commit. Each batch is claimed for a short lease in its own transaction
 * (SKIP LOCKED, so two servers never take the same message), sent outside any transaction, then marked
 * sent or scheduled for a retry with exponential backoff. A server that dies mid-send leaves a claim that
 * expires, so the message is retried rather than lost.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxMessageRepository messages;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final OutboxProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    OutboxRelay(OutboxMessageRepository messages, JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
            OutboxProperties properties, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${portal.mail.from}") String from) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${portal.outbox.poll-interval:5s}", initialDelayString = "${portal.outbox.poll-interval:5s}")
    void relayScheduled() {
        try {
            relayDue();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends what is due now; returns how many messages were delivered in this pass. */
    int relayDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0; // no relay configured: messages wait in the outbox, visible to admins
        }
        List<Long> claimed = tx.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = messages.lockDue(now, properties.batchSize());
            messages.findAllById(ids).forEach(m -> m.claim(now.plus(properties.claimLease())));
            return ids;
        });
        int delivered = 0;
        for (Long id : claimed) {
            if (deliver(sender, id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(JavaMailSender sender, long id) {
        OutboxMessage message = tx.execute(status -> messages.findById(id).orElse(null));
        if (message == null) {
            return false;
        }
        try {
            sender.send(toMime(sender, message));
            tx.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> m.markSent(clock.instant())));
            log.info("Outbox message {} delivered", id);
            return true;
        } catch (MailException | MessagingException e) {
            String error = e.getClass().getSimpleName() + ": " + rootMessage(e);
            tx.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> m.markFailedAttempt(
                    clock.instant(), error, properties.backoffAfter(m.getAttempts() + 1),
                    properties.maxAttempts())));
            log.warn("Outbox message {} not delivered yet ({})", id, e.getClass().getSimpleName());
            return false;
        }
    }

    private MimeMessage toMime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        List<MailAttachment> attachments = jdbc.query(
                "select filename, content_type, content from outbox_attachment where message_id = ? order by id",
                (rs, i) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), message.getId());
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        for (MailAttachment a : attachments) {
            helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
        }
        return mime;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
