package com.milestonerecovery.portal.consultation;

/** What the person sees after submitting: their reference and how we will reach them. */
public record SubmissionReceipt(String reference, ContactMethod contactMethod) {
}
