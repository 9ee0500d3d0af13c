package com.milestonerecovery.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.milestonerecovery.portal.monitoring.ClientActivity;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.SystemAuthentication;
import com.milestonerecovery.portal.security.TwoFactorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Synthetic clinic data for local runs and tests. Loaded once into an empty database, through the same
 * services staff use. Every person here is invented.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "Demo-Recovery-2026";
    /**
     * The demo staff accounts' two-step verification secret (demo profile only; documented in the README so
     * a tester can add it to an authenticator app). Never used outside the demo profile.
     */
    static final String TOTP_SECRET = "MILESTONEDEMOTOTPSECRETKEY234567";
    static final List<String> STAFF = List.of("admin", "clinician", "clinician2", "coordinator");
    static final int EXTRA_CLIENTS = 25;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private static final String[] FIRST = {"Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Riley", "Jamie",
            "Avery", "Quinn", "Rosa", "Miguel", "Lucia", "Diego", "Elena", "Marcus", "Priya", "Hana", "Omar", "Grace",
            "Tomas", "Nadia", "Victor", "Irene", "Mateo"};
    private static final String[] LAST = {"Rivera", "Nguyen", "Brooks", "Patel", "Garcia", "Kim", "Lopez", "Reed",
            "Silva", "Turner", "Mendoza", "Chen", "Ortiz", "Hayes", "Ramos", "Foster", "Shah", "Cruz", "Bennett",
            "Flores", "Vega", "Price", "Santos", "Wells", "Castillo"};

    private final AccountService accounts;
    private final DemoClinicalData clinicalData;
    private final DemoConsultations consultations;
    private final ClientActivity activity;
    private final TwoFactorService twoFactor;

    DemoDataSeeder(AccountService accounts, DemoClinicalData clinicalData, DemoConsultations consultations,
            ClientActivity activity, Environment environment, TwoFactorService twoFactor) {
        this.activity = activity;
        this.twoFactor = twoFactor;
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The demo profile can never run together with prod.");
        }
        this.accounts = accounts;
        this.clinicalData = clinicalData;
        this.consultations = consultations;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAs(Role.ADMIN, () -> {
            if (accounts.isEmpty()) {
                long started = System.nanoTime();
                demoAccounts().forEach(accounts::create);
                log.info("Demo accounts created in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
            STAFF.forEach(username -> twoFactor.enrolDemoAccount(username, TOTP_SECRET));
        });
        clinicalData.load(); // idempotent: only fills an empty clinical history
        consultations.load(); // idempotent: consultation requests in every status, once
        activity.refreshAll(); // the care team's figures as of today (also refreshed nightly)
        log.info("""

                ---------------------------------------------------------------
                 Demo sign-ins (demo profile only), password: {}
                   admin, clinician, clinician2, coordinator, client
                 Staff two-step verification (TOTP) secret: {}
                ---------------------------------------------------------------""", PASSWORD, TOTP_SECRET);
    }

    static List<NewAccount> demoAccounts() {
        List<NewAccount> list = new ArrayList<>();
        list.add(account("admin", "Avery Admin", Role.ADMIN));
        list.add(account("clinician", "Dr. Dana Whitfield", Role.CLINICIAN));
        list.add(account("clinician2", "Dr. Luis Carrillo", Role.CLINICIAN));
        list.add(account("coordinator", "Corey Coordinator", Role.COORDINATOR));
        list.add(account("client", "Jamie Demo", Role.CLIENT));
        for (int i = 0; i < EXTRA_CLIENTS; i++) {
            String username = "client%02d".formatted(i + 1);
            list.add(account(username, FIRST[i] + " " + LAST[(i * 7) % LAST.length], Role.CLIENT));
        }
        return list;
    }

    private static NewAccount account(String username, String name, Role role) {
        return new NewAccount(username, username + "@demo.invalid", name, Set.of(role), PASSWORD);
    }
}
