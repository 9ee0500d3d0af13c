package com.milestonerecovery.portal.consultation;

/** Whose requests to list: anyone's, nobody's yet, the signed-in person's, or one staff member's. */
public record AssigneeFilter(Kind kind, Long accountId) {

    public enum Kind {
        ANYONE, UNASSIGNED, ME, ACCOUNT
    }

    public AssigneeFilter {
        if (kind == null) {
            kind = Kind.ANYONE;
        }
        if (kind == Kind.ACCOUNT && accountId == null) {
            throw new IllegalArgumentException("an account filter needs the account id");
        }
        if (kind != Kind.ACCOUNT) {
            accountId = null;
        }
    }

    public static AssigneeFilter anyone() {
        return new AssigneeFilter(Kind.ANYONE, null);
    }

    public static AssigneeFilter unassigned() {
        return new AssigneeFilter(Kind.UNASSIGNED, null);
    }

    public static AssigneeFilter me() {
        return new AssigneeFilter(Kind.ME, null);
    }

    public static AssigneeFilter account(long accountId) {
        return new AssigneeFilter(Kind.ACCOUNT, accountId);
    }
}
