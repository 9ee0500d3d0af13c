package com.milestonerecovery.portal.staff.ui;

import com.milestonerecovery.portal.client.ClientNotFoundException;
import com.milestonerecovery.portal.client.RecordAccess;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.ui.record.ClientRecord;
import com.milestonerecovery.portal.staff.ui.record.RecordServices;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One client's record for the care team. What shows depends on {@link RecordAccess}: the clinical record for
 * the client's clinician (or a clinician who broke the glass), contact details and appointments for a
 * coordinator, and the break-glass form for a clinician outside the caseload. The URL carries only the client's
 * internal id, never a name.
 */
@Route(value = "staff/clients/:id", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RecordServices services;

    ClientDetailView(RecordServices services) {
        this.services = services;
        addClassName("client-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        String section = event.getLocation().getQueryParameters().getSingleParameter("section").orElse(null);
        try {
            add(new ClientRecord(services, id, section));
        } catch (ClientNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.record.title");
    }
}
