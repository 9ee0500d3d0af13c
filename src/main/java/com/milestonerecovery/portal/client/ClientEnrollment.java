package com.milestonerecovery.portal.client;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New client records at enrolment. Runs inside the enrolling transaction (the account, the client and the
 * invitation exist together or not at all). Checks for itself that the account is an enabled client account
 * without a record yet, and that the primary clinician is an enabled clinician.
 */
@Service
public class ClientEnrollment {

    private static final Logger log = LoggerFactory.getLogger(ClientEnrollment.class);

    private final ClientRepository clients;
    private final AccountService accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ClientEnrollment(ClientRepository clients, AccountService accounts, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Creates the client record with a new unique reference ({@code C-#####}).
     *
     * @throws IllegalArgumentException when the account or the clinician does not qualify
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(propagation = Propagation.MANDATORY)
    public EnrolledClient enroll(NewClient client) {
        if (!accounts.hasEnabledRole(client.accountId(), Role.CLIENT)
                || clients.findByAccountId(client.accountId()).isPresent()) {
            throw new IllegalArgumentException("not an enabled client account without a client record");
        }
        if (!accounts.hasEnabledRole(client.primaryClinicianId(), Role.CLINICIAN)) {
            throw new IllegalArgumentException("the primary clinician must be an enabled clinician");
        }
        String reference = uniqueReference();
        Client saved = clients.save(new Client(client.accountId(), reference, client.preferredName(),
                client.primaryClinicianId(), client.phone(), client.preferences(), clock.instant()));
        log.info("Client {} created for account {}", saved.getId(), client.accountId());
        return new EnrolledClient(saved.getId(), reference);
    }

    /** A client's reference (not clinical: what staff and the client quote to each other). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public Optional<String> reference(long clientId) {
        return clients.findById(clientId).map(Client::getReference);
    }

    private String uniqueReference() {
        String reference;
        do {
            reference = "C-%05d".formatted(10_000 + random.nextInt(90_000));
        } while (clients.existsByReference(reference));
        return reference;
    }
}
