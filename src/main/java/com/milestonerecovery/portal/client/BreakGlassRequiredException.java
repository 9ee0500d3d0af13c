package com.milestonerecovery.portal.client;

import org.springframework.security.access.AccessDeniedException;

/** A clinician asked for a record outside their caseload without a current break-glass grant. */
public class BreakGlassRequiredException extends AccessDeniedException {

    public BreakGlassRequiredException() {
        super("outside caseload: break-glass required");
    }
}
