package com.milestonerecovery.portal.consent;

/** A record summary released to a third party under a consent: a plain-text file carrying the 42 CFR 2.32 notice. */
public record Disclosure(String fileName, byte[] content) {
}
