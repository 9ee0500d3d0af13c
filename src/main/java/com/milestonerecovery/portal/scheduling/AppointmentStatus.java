package com.milestonerecovery.portal.scheduling;

public enum AppointmentStatus {
    SCHEDULED, COMPLETED, NO_SHOW, CANCELLED
}
