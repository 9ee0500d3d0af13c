package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {
}

interface SideEffectReportRepository extends JpaRepository<SideEffectReport, Long> {
}

interface UrgentFlagRepository extends JpaRepository<UrgentFlag, Long> {
}

interface QuestionnaireResponseRepository extends JpaRepository<QuestionnaireResponse, Long> {

    @Query("""
            select count(q) > 0 from QuestionnaireResponse q
            where q.clientId = :clientId and q.instrument = :instrument and q.completedAt > :since""")
    boolean answeredSince(Long clientId, Questionnaire instrument, Instant since);
}
