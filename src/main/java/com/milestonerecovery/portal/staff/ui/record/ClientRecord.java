package com.milestonerecovery.portal.staff.ui.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientProfile;
import com.milestonerecovery.portal.client.RecordAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A client's record: a header, then one tab per section the reader may open. Each section loads (and is audited)
 * only when its tab is first opened. A clinician outside the caseload first sees the break-glass form.
 */
public class ClientRecord extends Div {

    private final RecordServices services;
    private final long clientId;
    private final String initialSection;
    private final RecordFormat format;

    public ClientRecord(RecordServices services, long clientId, String initialSection) {
        this.services = services;
        this.clientId = clientId;
        this.initialSection = initialSection;
        this.format = new RecordFormat(getLocale(), services.clinic().timeZone());
        setWidthFull();
        RecordAccess access = services.access().accessTo(clientId);
        if (access.kind() == RecordAccess.Kind.BREAK_GLASS_NEEDED) {
            breakGlass();
        } else {
            render();
        }
    }

    private void breakGlass() {
        removeAll();
        Div box = new Div();
        box.addClassName("break-glass");
        box.setId("break-glass");
        box.add(new H1(getTranslation("staff.breakGlass.title")),
                new Paragraph(getTranslation("staff.breakGlass.explain")));
        TextArea reason = new TextArea(getTranslation("staff.breakGlass.reason"));
        reason.setHelperText(getTranslation("staff.breakGlass.reason.help", ClientAccess.REASON_MIN));
        reason.setMaxLength(ClientAccess.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("break-glass-reason");
        Button open = new Button(getTranslation("staff.breakGlass.open"), e -> {
            try {
                services.access().breakGlass(clientId, reason.getValue());
                render();
            } catch (RuleViolation ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.messageKey(), ClientAccess.REASON_MIN));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        open.setId("break-glass-open");
        box.add(reason, open);
        add(box);
    }

    private void render() {
        removeAll();
        ClientProfile profile = services.roster().profile(clientId);
        H1 name = new H1(profile.preferredName());
        name.setId("client-name");
        add(name);
        Paragraph summary = new Paragraph(getTranslation("staff.record.summary", profile.reference(),
                profile.clinicianName() == null ? getTranslation("staff.record.noClinician") : profile.clinicianName()));
        add(summary);
        if (profile.access().kind() == RecordAccess.Kind.BREAK_GLASS) {
            Paragraph notice = new Paragraph(getTranslation("staff.breakGlass.active",
                    format.dateTime(profile.access().grantedUntil())));
            notice.addClassName("break-glass-notice");
            notice.setId("break-glass-active");
            add(notice);
        }
        Map<String, Supplier<Component>> sections = new LinkedHashMap<>();
        if (profile.access().mayReadClinical()) {
            sections.put("overview", () -> new OverviewSection(services, profile, format));
            sections.put("plan", () -> new PlanSection(services.planEditor(), clientId, format, services.clock(),
                    services.clinic().timeZone()));
            sections.put("flags", () -> new FlagsSection(services.review(), clientId, format));
            sections.put("doses", () -> new DosesSection(services.review(), clientId, format));
            sections.put("checkins", () -> new CheckInsSection(services.review(), clientId, format));
            sections.put("sideeffects", () -> new SideEffectsSection(services.review(), clientId, format));
            sections.put("appointments", () -> new AppointmentsSection(services, profile, format));
            sections.put("notes", () -> new NotesSection(services.notes(), clientId, format));
            sections.put("contact", () -> new ContactSection(profile, format));
            sections.put("consent", () -> new ConsentSection(services, clientId, format, true));
        } else {
            sections.put("contact", () -> new ContactSection(profile, format));
            sections.put("appointments", () -> new AppointmentsSection(services, profile, format));
            sections.put("consent", () -> new ConsentSection(services, clientId, format, false));
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("record-tabs");
        tabs.setWidthFull();
        Map<Tab, Supplier<Component>> lazy = new LinkedHashMap<>();
        Map<Tab, Div> holders = new LinkedHashMap<>();
        Tab selected = null;
        for (var entry : sections.entrySet()) {
            Div holder = new Div();
            holder.setWidthFull();
            Tab tab = tabs.add(getTranslation("staff.record.tab." + entry.getKey()), holder);
            tab.setId("tab-" + entry.getKey());
            lazy.put(tab, entry.getValue());
            holders.put(tab, holder);
            if (entry.getKey().equals(initialSection)) {
                selected = tab;
            }
        }
        tabs.addSelectedChangeListener(e -> fill(e.getSelectedTab(), lazy, holders));
        if (selected != null) {
            tabs.setSelectedTab(selected);
        }
        fill(tabs.getSelectedTab(), lazy, holders);
        add(tabs);
    }

    private static void fill(Tab tab, Map<Tab, Supplier<Component>> lazy, Map<Tab, Div> holders) {
        Div holder = holders.get(tab);
        if (holder != null && holder.getChildren().findAny().isEmpty()) {
            holder.add(lazy.get(tab).get());
        }
    }
}
