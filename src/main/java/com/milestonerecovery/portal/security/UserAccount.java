package com.milestonerecovery.portal.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    private boolean locked;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written only by {@code UserAccountRepository.recordLogin}: an edit of the account never overwrites it. */
    @Column(name = "last_login_at", insertable = false, updatable = false)
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String email, String displayName, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    String getUsername() {
        return username;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isLocked() {
        return locked;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    void recordFailedLogin() {
        failedLogins++;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    AccountSummary toSummary() {
        return new AccountSummary(getId(), username, email, displayName, getRoles(), enabled, locked, createdAt,
                lastLoginAt);
    }
}
