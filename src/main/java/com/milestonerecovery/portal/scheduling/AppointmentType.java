package com.milestonerecovery.portal.scheduling;

public enum AppointmentType {
    INTAKE, MEDICATION_REVIEW, FOLLOW_UP, GROUP
}
