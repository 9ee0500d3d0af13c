package com.milestonerecovery.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names of staff for pickers and lists (primary clinician, assignee), without account details. */
@Service
public class StaffDirectory {

    private final UserAccountRepository accounts;

    StaffDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled accounts with the role, by name: clinicians to assign, coordinators to hand over to. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<StaffMember> withRole(Role role) {
        if (!Role.STAFF.contains(role)) {
            throw new IllegalArgumentException("not a staff role");
        }
        return accounts.findEnabledWithRole(role);
    }

    /** Display names by account id, in one query, for a page of rows. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findNames(accountIds).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
    }
}
