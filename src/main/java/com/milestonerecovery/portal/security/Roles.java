package com.milestonerecovery.portal.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    public static final String HAS_ADMIN = "hasRole('ADMIN')";
    public static final String HAS_STAFF = "hasAnyRole('CLINICIAN','COORDINATOR','ADMIN')";
    public static final String HAS_CARE_TEAM = "hasAnyRole('CLINICIAN','COORDINATOR')";
    public static final String HAS_CLIENT = "hasRole('CLIENT')";
    public static final String HAS_CLINICIAN = "hasRole('CLINICIAN')";

    private Roles() {
    }
}
