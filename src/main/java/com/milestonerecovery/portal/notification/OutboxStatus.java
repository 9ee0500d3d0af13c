package com.milestonerecovery.portal.notification;

/** PENDING until delivered (SENT), or until the relay gives up after its attempts (FAILED, retryable by an admin). */
public enum OutboxStatus {
    PENDING, SENT, FAILED
}
