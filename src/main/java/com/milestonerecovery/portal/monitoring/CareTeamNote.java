package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

/** A note the care team wrote for the client to read. */
public record CareTeamNote(String authorName, String body, Instant createdAt) {
}
