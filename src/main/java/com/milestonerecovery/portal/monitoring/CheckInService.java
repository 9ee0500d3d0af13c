package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.SideEffectOption;
import com.milestonerecovery.portal.notification.MailOutbox;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's daily check-in: cravings, mood, sleep, side effects, a note, and PHQ-9 / GAD-7 when due.
 * A severe side effect, cravings of 8 or more, or any answer above 0 on PHQ-9 item 9 raises an urgent flag
 * and mails the primary clinician, with no health detail in the message.
 */
@Service
public class CheckInService {

    static final int HIGH_CRAVINGS = 8;
    private static final Logger log = LoggerFactory.getLogger(CheckInService.class);
    private static final FreeText NOTE = FreeText.lines(1000);
    /** One line; its message speaks of length only, so characters get FreeText's own message. */
    private static final FreeText OTHER_SIDE_EFFECT = FreeText.line(200);

    private final CheckInRepository checkIns;
    private final SideEffectReportRepository sideEffectReports;
    private final QuestionnaireResponseRepository questionnaires;
    private final UrgentFlagRepository flags;
    private final MedicationPlanService plans;
    private final ClientDirectory clients;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ClientActivity activity;
    private final Duration questionnaireInterval;

    CheckInService(CheckInRepository checkIns, SideEffectReportRepository sideEffectReports,
            QuestionnaireResponseRepository questionnaires, UrgentFlagRepository flags, MedicationPlanService plans,
            ClientDirectory clients, ClientActivity activity, MailOutbox outbox, MessageSource messages,
            ClinicProperties clinic, Clock clock, @Value("${portal.questionnaires.interval:14d}") Duration questionnaireInterval) {
        this.checkIns = checkIns;
        this.sideEffectReports = sideEffectReports;
        this.questionnaires = questionnaires;
        this.flags = flags;
        this.plans = plans;
        this.clients = clients;
        this.activity = activity;
        this.outbox = outbox;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
        this.questionnaireInterval = questionnaireInterval;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public CheckInStatus status(Locale locale) {
        long clientId = clients.currentClientId();
        Instant since = clock.instant().minus(questionnaireInterval);
        return new CheckInStatus(!questionnaires.answeredSince(clientId, Questionnaire.PHQ9, since),
                !questionnaires.answeredSince(clientId, Questionnaire.GAD7, since),
                plans.mySideEffectOptions(locale));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public CheckInOutcome submit(CheckInForm form) {
        long clientId = clients.currentClientId();
        validate(form);
        Instant now = clock.instant();
        Map<Long, SideEffectOption> offered = plans.mySideEffectOptions(Locale.ENGLISH).stream()
                .collect(Collectors.toMap(SideEffectOption::id, Function.identity()));
        List<Long> chosen = form.sideEffectIds() == null ? List.of() : form.sideEffectIds().stream().distinct().toList();
        if (!offered.keySet().containsAll(chosen)) {
            throw new InvalidCheckInException("checkin.error.sideEffect");
        }
        String other = FreeText.stripToNull(form.otherSideEffect());
        boolean anySideEffect = !chosen.isEmpty() || other != null;
        if (anySideEffect && form.severity() == null) {
            throw new InvalidCheckInException("checkin.error.severity");
        }

        CheckIn checkIn = checkIns.save(new CheckIn(clientId, now.atZone(clinic.timeZone()).toLocalDate(), now,
                form.cravings(), form.mood(), form.sleepHours(), FreeText.stripToNull(form.note())));
        for (Long id : chosen) {
            sideEffectReports.save(new SideEffectReport(clientId, checkIn.getId(), id, null, form.severity(), now));
        }
        if (other != null) {
            sideEffectReports.save(new SideEffectReport(clientId, checkIn.getId(), null, other, form.severity(), now));
        }
        Questionnaire.Score phq9 = score(Questionnaire.PHQ9, form.phq9(), clientId, checkIn.getId(), now);
        Questionnaire.Score gad7 = score(Questionnaire.GAD7, form.gad7(), clientId, checkIn.getId(), now);

        Set<FlagReason> raised = EnumSet.noneOf(FlagReason.class);
        if (anySideEffect && form.severity() == Severity.SEVERE) {
            raised.add(FlagReason.SEVERE_SIDE_EFFECT);
        }
        if (form.cravings() >= HIGH_CRAVINGS) {
            raised.add(FlagReason.HIGH_CRAVINGS);
        }
        if (phq9 != null && phq9.selfHarmItemPositive()) {
            raised.add(FlagReason.SELF_HARM_THOUGHTS);
        }
        if (!raised.isEmpty()) {
            checkIn.markUrgent();
            raised.forEach(reason -> flags.save(new UrgentFlag(clientId, checkIn.getId(), reason, now)));
            notifyCareTeam(clientId);
            log.info("Check-in {} raised {} urgent flag(s)", checkIn.getId(), raised.size());
        }
        activity.refresh(clientId);
        return new CheckInOutcome(raised, phq9, gad7);
    }

    /** One notice per check-in, to the primary clinician (or intake when none is assigned). */
    private void notifyCareTeam(long clientId) {
        String to = clients.primaryClinicianEmail(clientId).orElse(clinic.intakeEmail());
        outbox.enqueue(to, messages.getMessage("mail.flag.subject", null, Locale.ENGLISH),
                messages.getMessage("mail.flag.body", new Object[] {clinic.publicBaseUrl() + "/staff"},
                        Locale.ENGLISH));
    }

    private Questionnaire.Score score(Questionnaire instrument, List<Integer> answers, long clientId, long checkInId,
            Instant now) {
        if (answers == null) {
            return null;
        }
        Questionnaire.Score score = instrument.score(answers);
        questionnaires.save(new QuestionnaireResponse(clientId, checkInId, score,
                answers.stream().map(String::valueOf).collect(Collectors.joining(",")), now));
        return score;
    }

    private static void validate(CheckInForm form) {
        if (form == null || form.cravings() == null || form.cravings() < 0 || form.cravings() > 10) {
            throw new InvalidCheckInException("checkin.error.cravings");
        }
        if (form.mood() == null || form.mood() < 0 || form.mood() > 10) {
            throw new InvalidCheckInException("checkin.error.mood");
        }
        BigDecimal sleep = form.sleepHours();
        if (sleep != null && (sleep.signum() < 0 || sleep.compareTo(BigDecimal.valueOf(24)) > 0
                || sleep.scale() > 1 && sleep.stripTrailingZeros().scale() > 1)) {
            throw new InvalidCheckInException("checkin.error.sleep");
        }
        // The note's message names both length and characters.
        NOTE.optional(form.note(), () -> new InvalidCheckInException("checkin.error.note"));
        OTHER_SIDE_EFFECT.optional(form.otherSideEffect(), "checkin.error.other", InvalidCheckInException::new);
    }
}
