package com.milestonerecovery.portal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients grid for the care team: filtered, sorted and paged by the database on indexed columns, so a
 * page costs two statements (the page, then the clinicians' names) at any number of clients, and the count
 * one more. Coordinators get the same list without the clinical figures.
 */
@Service
public class ClientRoster {

    /** Adherence under this percentage over the last seven full days needs a look. */
    public static final int LOW_ADHERENCE = 80;
    private static final Set<String> SORTABLE = Set.of("preferredName", "reference", "lastCheckInAt", "adherence7d",
            "openFlags");
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:c-?)?(\\d{1,5})");

    private final EntityManager entityManager;
    private final ClientRepository clients;
    private final ClientAccess access;
    private final AccountService staff;
    private final CurrentUser currentUser;

    ClientRoster(EntityManager entityManager, ClientRepository clients, ClientAccess access, AccountService staff,
            CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.access = access;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<ClientRow> search(ClientSearch search, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Client> query = cb.createQuery(Client.class);
        Root<Client> client = query.from(Client.class);
        query.where(predicates(cb, client, search));
        List<Order> order = new ArrayList<>();
        for (Sort.Order o : pageable.getSort()) {
            if (!SORTABLE.contains(o.getProperty())) {
                throw new IllegalArgumentException("not a sortable column");
            }
            if (!clinicalReader() && (o.getProperty().equals("adherence7d") || o.getProperty().equals("openFlags"))) {
                continue;
            }
            order.add(o.isAscending() ? cb.asc(client.get(o.getProperty())) : cb.desc(client.get(o.getProperty())));
        }
        if (order.isEmpty()) {
            order.add(cb.asc(client.get("preferredName")));
        }
        order.add(cb.asc(client.get("id")));
        query.orderBy(order);
        List<Client> page = entityManager.createQuery(query).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        Map<Long, String> names = staff.displayNames(page.stream().map(Client::getPrimaryClinicianId)
                .filter(id -> id != null).distinct().toList());
        boolean clinical = clinicalReader();
        return page.stream().map(c -> new ClientRow(c.getId(), c.getReference(), c.getPreferredName(),
                c.getPrimaryClinicianId(), names.get(c.getPrimaryClinicianId()), c.getLastCheckInAt(),
                clinical ? c.getAdherence7d() : null, clinical ? c.getOpenFlags() : null)).toList();
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public long count(ClientSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Client> client = query.from(Client.class);
        query.select(cb.count(client)).where(predicates(cb, client, search));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The top of the record: contact details for those who may see them, figures for clinicians. Audited. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public ClientProfile profile(long clientId) {
        RecordAccess recordAccess = access.checkRead(clientId, RecordSection.CONTACT);
        Client c = clients.findById(clientId).orElseThrow(ClientNotFoundException::new);
        String clinicianName = c.getPrimaryClinicianId() == null ? null
                : staff.displayNames(List.of(c.getPrimaryClinicianId())).get(c.getPrimaryClinicianId());
        boolean clinical = recordAccess.mayReadClinical();
        return new ClientProfile(c.getId(), c.getReference(), c.getPreferredName(), c.getPhone(),
                clients.findAccountEmail(c.getAccountId()).orElse(null), c.contactPreferences(),
                c.getPrimaryClinicianId(), clinicianName, c.getFollowUpDays(), c.getCreatedAt(),
                clinical ? c.getLastCheckInAt() : null, clinical ? c.getAdherence7d() : null,
                clinical ? c.getOpenFlags() : null, recordAccess);
    }

    private boolean clinicalReader() {
        return currentUser.hasRole(Role.CLINICIAN);
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Client> client, ClientSearch search) {
        List<Predicate> where = new ArrayList<>();
        String text = search.text() == null ? "" : search.text();
        if (!text.isEmpty()) {
            Matcher reference = REFERENCE.matcher(text);
            if (reference.matches()) {
                where.add(cb.like(client.get("reference"), "C-" + reference.group(1) + "%"));
            } else {
                where.add(cb.like(client.get("preferredName"), escapeLike(text.toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
        }
        if (search.clinicianId() != null) {
            where.add(cb.equal(client.get("primaryClinicianId"), search.clinicianId()));
        }
        if (clinicalReader()) {
            if (search.openFlagsOnly()) {
                where.add(cb.greaterThan(client.get("openFlags"), 0));
            }
            if (search.lowAdherenceOnly()) {
                where.add(cb.lessThan(client.get("adherence7d"), LOW_ADHERENCE));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
