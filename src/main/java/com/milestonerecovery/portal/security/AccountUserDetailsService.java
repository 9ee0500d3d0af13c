package com.milestonerecovery.portal.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for Spring Security's form login. An account that is locked, throttled or signing in from a
 * blocked client address is reported as locked, so its password is not even checked; the login view shows
 * the same message as for a wrong password. As the {@link UserDetailsPasswordService}, it stores the
 * re-hashed password when the encoder says an old hash needs an upgrade.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findForLogin(username)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        boolean refused = throttle.refusal(account, LoginThrottle.currentAddress()) != null;
        return toUser(account, account.getPasswordHash(), refused);
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        SignedInUser signedIn = (SignedInUser) user;
        accounts.upgradePasswordHash(signedIn.accountId(), newPassword);
        return new SignedInUser(signedIn.accountId(), signedIn.getUsername(), signedIn.displayName(), newPassword,
                signedIn.isEnabled(), signedIn.isAccountNonLocked(), signedIn.getAuthorities());
    }

    private static SignedInUser toUser(UserAccount account, String hash, boolean refused) {
        List<SimpleGrantedAuthority> authorities = account.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), hash,
                account.isEnabled(), !refused, authorities);
    }
}
