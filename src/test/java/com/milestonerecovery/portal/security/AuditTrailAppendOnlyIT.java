package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The audit trail only grows: through the application's own DataSource (the same account and pool the app
 * uses) an update or delete of an event is refused by the database, and sign-ins and failures are recorded.
 */
@IntegrationTest
class AuditTrailAppendOnlyIT {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;

    @Test
    void eventsCannotBeChangedOrRemovedThroughTheApplicationsDataSource() {
        audit.record(AuditAction.EXPORT, null, "TEST", "append-only probe");
        long id = jdbc.queryForObject("select max(id) from audit_event where detail = 'append-only probe'",
                Long.class);
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("append-only probe");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isGreaterThanOrEqualTo(before);
    }

    @Test
    void signInsAndFailedSignInsAreRecordedWithoutTheTypedName() {
        // A client without two-step verification: the password alone completes the sign-in (staff sign-ins are
        // recorded after their second step).
        UserDetails client = users.loadUserByUsername("client24");
        long accountId = ((SignedInUser) client).accountId();
        long logins = count("SIGN_IN", accountId);
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(client, null, client.getAuthorities())));
        assertThat(count("SIGN_IN", accountId)).isEqualTo(logins + 1);

        long failures = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILURE'",
                Long.class);
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("Typed-Secret-Name", "wrong"),
                new BadCredentialsException("bad")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILURE'",
                Long.class)).isEqualTo(failures + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_name like '%Typed-Secret%'"
                + " or detail like '%Typed-Secret%'", Long.class)).isZero();
    }

    private long count(String action, long actorId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_id = ?", Long.class,
                action, actorId);
    }
}
