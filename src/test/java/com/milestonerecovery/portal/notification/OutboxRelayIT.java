package com.milestonerecovery.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail) and the real database. */
@IntegrationTest
class OutboxRelayIT {

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxMessageRepository repository;
    @Autowired
    TransactionTemplate tx;

    @Test
    void deliversAQueuedMessageAfterCommit() throws Exception {
        long id = tx.execute(s -> outbox.enqueue("reader@test.invalid", "You have a new message",
                "Sign in to read it."));

        await().atMost(Duration.ofSeconds(20)).until(() -> received("reader@test.invalid") == 1);
        MimeMessage mail = messagesTo("reader@test.invalid")[0];
        assertThat(mail.getSubject()).isEqualTo("You have a new message");
        assertThat(GreenMailUtil.getBody(mail)).contains("Sign in to read it.");
        await().atMost(Duration.ofSeconds(5)).until(() -> status(id) == OutboxStatus.SENT);
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        try {
            tx.executeWithoutResult(s -> {
                outbox.enqueue("rollback@test.invalid", "Never", "Never");
                s.setRollbackOnly();
            });
        } finally {
            relay.relayDue();
        }
        assertThat(received("rollback@test.invalid")).isZero();
    }

    @Test
    void survivesAnSmtpOutageAndDeliversExactlyOnceWhenTheServerReturns() throws Exception {
        smtp.stop();
        long id = tx.execute(s -> outbox.enqueue("outage@test.invalid", "An appointment", "Sign in to see it."));

        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 1);
        assertThat(status(id)).isEqualTo(OutboxStatus.PENDING);

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == OutboxStatus.SENT);
        // More relay passes after delivery must not send it again.
        relay.relayDue();
        relay.relayDue();
        assertThat(received("outage@test.invalid")).isEqualTo(1);
    }

    @Test
    void twoRelaysRunningAtOnceDeliverEachMessageExactlyOnce() throws Exception {
        int count = 30;
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue("parallel" + i + "@test.invalid", "Message", "Body " + i);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(relay::relayDue);
            Future<Integer> b = pool.submit(relay::relayDue);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            int total = 0;
            for (int i = 0; i < count; i++) {
                total += received("parallel" + i + "@test.invalid");
            }
            return total == count;
        });
        relay.relayDue();
        for (int i = 0; i < count; i++) {
            assertThat(received("parallel" + i + "@test.invalid")).as("message " + i).isEqualTo(1);
        }
    }

    private OutboxStatus status(long id) {
        return tx.execute(s -> repository.findById(id).orElseThrow().getStatus());
    }

    private int attempts(long id) {
        return tx.execute(s -> repository.findById(id).orElseThrow().getAttempts());
    }

    private int received(String recipient) {
        return smtp.count(recipient);
    }

    private MimeMessage[] messagesTo(String recipient) {
        return smtp.messagesTo(recipient);
    }
}
