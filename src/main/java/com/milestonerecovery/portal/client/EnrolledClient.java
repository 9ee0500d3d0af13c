package com.milestonerecovery.portal.client;

/** The client record enrolment created: its id and the reference staff and the client use. */
public record EnrolledClient(long clientId, String reference) {
}
