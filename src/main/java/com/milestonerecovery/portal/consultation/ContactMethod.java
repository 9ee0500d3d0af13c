package com.milestonerecovery.portal.consultation;

/** How the person wants to be reached. */
public enum ContactMethod {
    PHONE, EMAIL, EITHER;

    public boolean usesPhone() {
        return this != EMAIL;
    }

    public boolean usesEmail() {
        return this != PHONE;
    }
}
