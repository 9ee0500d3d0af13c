package com.milestonerecovery.portal.base;

/**
 * A request that breaks a business rule or a validation (too short a reason, a stale version, a transition
 * that is not allowed). Carries a message-bundle key, so the view can tell the person what to fix in their
 * language; the message never contains what they typed.
 */
public class RuleViolation extends RuntimeException {

    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
