package com.milestonerecovery.portal.scheduling;

/** No appointment with that id (said the same way whether it never existed or belongs to someone else). */
public class AppointmentNotFoundException extends RuntimeException {

    public AppointmentNotFoundException() {
        super("no such appointment");
    }
}
