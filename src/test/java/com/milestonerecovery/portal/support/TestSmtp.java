package com.milestonerecovery.portal.support;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) on the port the test profile points the relay at. */
public final class TestSmtp {

    /** 3125 unless {@code -Dtest.smtp.port=N} (two builds on one machine, e.g. in two worktrees). */
    public static final ServerSetup SETUP = new ServerSetup(Integer.getInteger("test.smtp.port", 3125),
            "127.0.0.1", "smtp");

    private GreenMail server;

    public TestSmtp start() {
        server = new GreenMail(SETUP);
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public MimeMessage[] messagesTo(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress()
                        .equalsIgnoreCase(recipient);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    public int count(String recipient) {
        return messagesTo(recipient).length;
    }

    /** Subject and body as one text, for "contains nothing sensitive" checks. */
    public static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
