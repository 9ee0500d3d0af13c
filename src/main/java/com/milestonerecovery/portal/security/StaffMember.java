package com.milestonerecovery.portal.security;

import java.util.Set;

/** A member of the care team as other staff see them: who to assign a request to, who can be a primary clinician. */
public record StaffMember(long id, String displayName, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
