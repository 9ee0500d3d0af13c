package com.milestonerecovery.portal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal kept in the security context: the account id for object-level checks, and the display
 * name for the layouts. Services read the signed-in person from here, never from a URL or a form.
 */
public class SignedInUser extends User {

    private final long accountId;
    private final String displayName;

    SignedInUser(long accountId, String username, String displayName, String passwordHash, boolean enabled,
            boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, accountNonLocked,
                authorities);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
