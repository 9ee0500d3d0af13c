package com.milestonerecovery.portal.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of PRODUCT.md. Annotations use the string constants in {@link Roles}. */
public enum Role {
    CLIENT, CLINICIAN, COORDINATOR, ADMIN;

    public static final Set<Role> STAFF = EnumSet.of(CLINICIAN, COORDINATOR, ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return STAFF.contains(this);
    }
}
