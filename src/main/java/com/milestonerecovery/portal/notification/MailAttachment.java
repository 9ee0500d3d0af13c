package com.milestonerecovery.portal.notification;

import java.util.Arrays;

/** A file sent with a message (a calendar file, for instance). Kept with the message in the outbox. */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        if (filename == null || filename.isBlank() || filename.length() > 100 || contentType == null
                || contentType.isBlank() || contentType.length() > 100 || content == null) {
            throw new IllegalArgumentException("filename, content type and content are required");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment a && filename.equals(a.filename) && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
