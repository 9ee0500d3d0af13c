package com.milestonerecovery.portal.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CareTeamReply;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CheckInRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.DoseRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.FlagView;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.QuestionnaireRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.SideEffectView;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.Trends;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's view of a client's own records (doses, check-ins, questionnaires, side effects, urgent flags,
 * trends) and the handling of flags and side-effect reports: acknowledge, reply (the client sees the reply),
 * resolve. Every method goes through the caseload rule in {@link ClientAccess}, which also audits it.
 */
@Service
public class CareTeamReview {

    private static final Logger log = LoggerFactory.getLogger(CareTeamReview.class);
    public static final int RESPONSE_MAX = 2000;
    private static final FreeText RESPONSE = FreeText.lines(RESPONSE_MAX);
    private static final int MAX_PAGE = 200;

    private final CareTeamQueries queries;
    private final UrgentFlagRepository flags;
    private final SideEffectReportRepository sideEffects;
    private final ClientAccess access;
    private final ClientActivity activity;
    private final ClientDirectory clients;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;
    private final Clock clock;

    CareTeamReview(CareTeamQueries queries, UrgentFlagRepository flags, SideEffectReportRepository sideEffects,
            ClientAccess access, ClientActivity activity, ClientDirectory clients, CurrentUser currentUser,
            ClinicProperties clinic, Clock clock) {
        this.queries = queries;
        this.flags = flags;
        this.sideEffects = sideEffects;
        this.access = access;
        this.activity = activity;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<FlagView> flags(long clientId, int offset, int limit) {
        access.checkRead(clientId, RecordSection.FLAGS);
        return queries.flags(clientId, offset, bounded(limit));
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<SideEffectView> sideEffects(long clientId, Locale locale, int offset, int limit) {
        access.checkRead(clientId, RecordSection.SIDE_EFFECTS);
        return queries.sideEffects(clientId, locale, offset, bounded(limit));
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<DoseRow> doses(long clientId, int offset, int limit) {
        access.checkRead(clientId, RecordSection.DOSES);
        return queries.doses(clientId, offset, bounded(limit));
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<CheckInRow> checkIns(long clientId, int offset, int limit) {
        access.checkRead(clientId, RecordSection.CHECK_INS);
        return queries.checkIns(clientId, offset, bounded(limit));
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<QuestionnaireRow> questionnaires(long clientId, int offset, int limit) {
        access.checkRead(clientId, RecordSection.CHECK_INS);
        return queries.questionnaires(clientId, offset, bounded(limit));
    }

    /**
     * Daily series over the last {@code days} full days (adherence) and up to today (check-ins, questionnaires).
     */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public Trends trends(long clientId, int days) {
        if (days < 7 || days > 366) {
            throw new IllegalArgumentException("days must be between 7 and 366");
        }
        access.checkRead(clientId, RecordSection.TRENDS);
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        LocalDate from = today.minusDays(days);
        List<TrendPoint> adherence = queries.adherencePerDay(clientId, from, today.minusDays(1));
        Map<LocalDate, double[]> daily = queries.cravingsAndMood(clientId, from, today);
        List<TrendPoint> cravings = new ArrayList<>();
        List<TrendPoint> mood = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            double[] values = daily.get(day);
            cravings.add(new TrendPoint(day, values == null ? null : round1(values[0])));
            mood.add(new TrendPoint(day, values == null ? null : round1(values[1])));
        }
        List<TrendPoint> phq9 = new ArrayList<>();
        List<TrendPoint> gad7 = new ArrayList<>();
        for (CareTeamQueries.QuestionnaireTotal row : queries.questionnaireTotals(clientId, from, today)) {
            LocalDate day = row.completedAt().atZone(clinic.timeZone()).toLocalDate();
            if (day.isBefore(from)) {
                continue;
            }
            List<TrendPoint> series = row.instrument() == Questionnaire.PHQ9 ? phq9 : gad7;
            if (!series.isEmpty() && series.getLast().day().equals(day)) {
                series.removeLast(); // one point a day: the last questionnaire of that day
            }
            series.add(new TrendPoint(day, (double) row.total()));
        }
        return new Trends(from, today, adherence, cravings, mood, phq9, gad7);
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void acknowledgeFlag(long flagId) {
        UrgentFlag flag = ownFlag(flagId, "flag acknowledged");
        flag.acknowledge(me(), clock.instant());
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void respondToFlag(long flagId, String response) {
        String text = validResponse(response);
        UrgentFlag flag = ownFlag(flagId, "flag answered");
        flag.respond(text, me(), clock.instant());
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void resolveFlag(long flagId) {
        UrgentFlag flag = ownFlag(flagId, "flag resolved");
        flag.resolve(me(), clock.instant());
        flags.flush();
        activity.refresh(flag.getClientId());
        log.info("Urgent flag {} resolved", flagId);
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void acknowledgeSideEffect(long reportId) {
        ownReport(reportId, "side effect acknowledged").acknowledge(me(), clock.instant());
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void respondToSideEffect(long reportId, String response) {
        String text = validResponse(response);
        ownReport(reportId, "side effect answered").respond(text, me(), clock.instant());
    }

    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void resolveSideEffect(long reportId) {
        ownReport(reportId, "side effect resolved").resolve(me(), clock.instant());
    }

    /** The care team's replies to what the signed-in client reported, newest first. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<CareTeamReply> myReplies(Locale locale, int limit) {
        return queries.replies(clients.currentClientId(), locale, bounded(limit));
    }

    private UrgentFlag ownFlag(long flagId, String detail) {
        UrgentFlag flag = flags.findById(flagId).orElseThrow(() -> new IllegalArgumentException("no such flag"));
        access.checkChange(flag.getClientId(), RecordSection.FLAGS, detail + " #" + flagId);
        return flag;
    }

    private SideEffectReport ownReport(long reportId, String detail) {
        SideEffectReport report = sideEffects.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no such report"));
        access.checkChange(report.getClientId(), RecordSection.SIDE_EFFECTS, detail + " #" + reportId);
        return report;
    }

    private static String validResponse(String response) {
        return RESPONSE.required(response, "staff.review.error.response");
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
