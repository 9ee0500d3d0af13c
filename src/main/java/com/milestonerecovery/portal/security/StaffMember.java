package com.milestonerecovery.portal.security;

/** A member of staff as others see them in lists: id and name, nothing else. */
public record StaffMember(long id, String displayName) {
}
