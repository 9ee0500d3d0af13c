package com.milestonerecovery.portal.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in to this request, as the services see them. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Role check on the granted authorities, whatever kind of principal carries them. */
    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The name to greet the person with. */
    public String displayName() {
        return get().map(SignedInUser::displayName).orElseGet(() -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null ? "" : auth.getName();
        });
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
