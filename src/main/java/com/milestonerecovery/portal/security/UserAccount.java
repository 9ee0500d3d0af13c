package com.milestonerecovery.portal.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.milestonerecovery.portal.base.AbstractEntity;
import com.milestonerecovery.portal.base.crypto.EncryptedText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    /** Sign-in bookkeeping is written with atomic SQL by {@link LoginThrottle}; JPA only reads it. */
    @Column(name = "failed_logins", insertable = false, updatable = false)
    private int failedLogins;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "last_failed_login_at", insertable = false, updatable = false)
    private Instant lastFailedLoginAt;

    /** The authenticator key, encrypted at rest (AES-GCM with a key id, as the clinical free text). */
    @Convert(converter = EncryptedText.class)
    @Column(name = "totp_secret", length = 255)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written only by {@code LoginThrottle.recordSuccess} (one UPDATE): an edit of the account never overwrites it. */
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

    /** Locked by an admin, or for a while after too many failed sign-ins. */
    boolean isLockedAt(Instant now) {
        return locked || (lockedUntil != null && lockedUntil.isAfter(now));
    }

    Instant getLastFailedLoginAt() {
        return lastFailedLoginAt;
    }

    /** The confirmed TOTP secret, or null while the account has no second factor. */
    String getTotpSecret() {
        return totpEnabledAt == null ? null : totpSecret;
    }

    boolean hasSecondFactor() {
        return totpEnabledAt != null && totpSecret != null;
    }

    void enableSecondFactor(String secret, Instant at) {
        this.totpSecret = secret;
        this.totpEnabledAt = at;
    }

    void disableSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
    }

    boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
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
        return toSummary(Instant.now());
    }

    AccountSummary toSummary(Instant now) {
        return new AccountSummary(getId(), username, email, displayName, getRoles(), enabled, isLockedAt(now),
                createdAt, lastLoginAt);
    }
}
