package com.milestonerecovery.portal.staff.ui.record;

import java.time.Clock;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.TrendCharts;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The services a client record's sections read and change, handed to the view as one bean. */
@SpringComponent
public record RecordServices(ClientRoster roster, ClientAccess access, CareTeamReview review,
        PlanEditorService planEditor, CareTeamNoteService notes, ClientAppointmentService appointments,
        TrendCharts charts, ClinicProperties clinic, Clock clock, ScheduleService schedule,
        ConsentService consents, Reauthentication reauthentication) {
}
