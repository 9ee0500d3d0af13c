package com.milestonerecovery.portal.client;

import java.util.Optional;

import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the signed-in client is, for every client-portal service. The id always comes from the session,
 * never from a URL or a form, so a client can only ever reach their own records.
 */
@Service
public class ClientDirectory {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    ClientDirectory(ClientRepository clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    /** The signed-in client's id; denied for anyone who is not a client with a client record. */
    @Transactional(readOnly = true)
    public long currentClientId() {
        if (!currentUser.hasRole(Role.CLIENT)) {
            throw new AccessDeniedException("not a client");
        }
        long accountId = currentUser.require().accountId();
        return clients.findByAccountId(accountId).map(Client::getId)
                .orElseThrow(() -> new AccessDeniedException("no client record for this account"));
    }

    /**
     * Where to send "a client needs attention" notices: the primary clinician's address. Used by services
     * acting for the signed-in client (their own care team), so it takes the id they already resolved.
     */
    @Transactional(readOnly = true)
    public Optional<String> primaryClinicianEmail(long clientId) {
        if (clientId != currentClientId()) {
            throw new AccessDeniedException("only for the signed-in client's own care team");
        }
        return clients.findPrimaryClinicianEmail(clientId);
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public ContactPreferences myContactPreferences() {
        return clients.findById(currentClientId()).orElseThrow().contactPreferences();
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public ContactPreferences saveMyContactPreferences(ContactPreferences preferences) {
        if (preferences == null) {
            throw new IllegalArgumentException("preferences are required");
        }
        Client client = clients.findById(currentClientId()).orElseThrow();
        client.setContactPreferences(preferences);
        return client.contactPreferences();
    }
}
