package com.milestonerecovery.portal.bench.load;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientEnrollment;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.client.NewClient;
import com.milestonerecovery.portal.monitoring.ClientActivity;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.TwoFactorService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session and load benchmarks' staff accounts ({@link BenchStaff}): {@code bench.staff.accounts} clinicians
 * {@code bench-clinician-001} …, each with the known password, enrolled in two-step verification with the known
 * secret, and a caseload of {@link BenchStaff#CASELOAD} clients of its own (so a client's record opens without
 * break-glass), the first with an open urgent flag so the dashboard links to it.
 *
 * <p>Lives on the test classpath only, and runs only in the {@code bench} profile (which the tests never activate)
 * when {@code bench.staff.accounts} is set (the data-scale benchmark does not set it). It goes through the
 * application's own services, as an administrator and a clinician would: {@link AccountService#create} (password
 * hashed at the configured strength), {@link TwoFactorService#enrolDemoAccount} (the secret stored encrypted by
 * the entity's converter; refused outside the demo profile, which the benchmarks run with) and
 * {@link ClientEnrollment#enroll}. The urgent flag is fixture SQL as the demo data writes it (a check-in with
 * cravings 8, no note text).
 */
@Component
@Profile("bench")
@ConditionalOnProperty("bench.staff.accounts")
@Order(100)
class BenchStaffSeeder implements ApplicationRunner {

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final ClientEnrollment enrollment;
    private final ClientActivity activity;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final int count;

    BenchStaffSeeder(AccountService accounts, TwoFactorService twoFactor, ClientEnrollment enrollment,
            ClientActivity activity, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ClinicProperties clinic, Clock clock, @Value("${bench.staff.accounts}") int count) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.enrollment = enrollment;
        this.activity = activity;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clinic = clinic;
        this.clock = clock;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        // The set-up work of an administrator (accounts, enrolment) and a clinician (enrolling clients).
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench-setup", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.CLINICIAN.authority()))));
        SecurityContextHolder.setContext(context);
        int created = 0;
        try {
            for (int n = 1; n <= count; n++) {
                String username = BenchStaff.username(n);
                if (accounts.isUsernameTaken(username)) {
                    continue;
                }
                int number = n;
                transactions.executeWithoutResult(status -> createClinician(number, username));
                created++;
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        activity.refreshAll();
        System.out.printf("Bench staff: %d clinician accounts (%d created, each enrolled in two-step verification,"
                + " %d clients each) in %.1f s%n", count, created, BenchStaff.CASELOAD,
                (System.nanoTime() - started) / 1e9);
    }

    private void createClinician(int n, String username) {
        long clinician = accounts.create(new NewAccount(username, username + "@example.invalid",
                "Bench Clinician %03d".formatted(n), Set.of(Role.CLINICIAN), BenchStaff.PASSWORD)).id();
        twoFactor.enrolDemoAccount(username, BenchStaff.SECRET);
        for (int c = 1; c <= BenchStaff.CASELOAD; c++) {
            String clientName = "bench-client-%03d-%d".formatted(n, c);
            long account = accounts.create(new NewAccount(clientName, clientName + "@example.invalid",
                    "Bench Client %03d-%d".formatted(n, c), Set.of(Role.CLIENT), null)).id();
            long client = enrollment.enroll(new NewClient(account, "Bench %03d-%d".formatted(n, c), clinician, null,
                    new ContactPreferences(false, false, false))).clientId();
            if (c == 1) {
                urgentFlag(client);
            }
        }
    }

    /** Last evening's check-in with cravings of 8 and the urgent flag it raised, not yet acknowledged. */
    private void urgentFlag(long clientId) {
        Instant at = clock.instant().minusSeconds(3600);
        LocalDate day = LocalDate.ofInstant(at, clinic.timeZone());
        jdbc.update("""
                insert into check_in (client_id, local_date, recorded_at, cravings, mood, sleep_hours, note, urgent)
                values (?, ?, ?, 8, 3, null, null, true)""", clientId, day, Timestamp.from(at));
        Long checkIn = jdbc.queryForObject("select max(id) from check_in where client_id = ?", Long.class, clientId);
        jdbc.update("insert into urgent_flag (client_id, check_in_id, reason, raised_at) values (?, ?, 'HIGH_CRAVINGS', ?)",
                clientId, checkIn, Timestamp.from(at));
    }
}
