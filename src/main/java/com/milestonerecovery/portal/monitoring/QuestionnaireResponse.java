package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "questionnaire_response")
class QuestionnaireResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "check_in_id")
    private Long checkInId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Questionnaire instrument;

    @Column(nullable = false, length = 40)
    private String answers;

    private int total;

    @Column(nullable = false, length = 20)
    private String band;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected QuestionnaireResponse() {
    }

    QuestionnaireResponse(long clientId, long checkInId, Questionnaire.Score score, String answers,
            Instant completedAt) {
        this.clientId = clientId;
        this.checkInId = checkInId;
        this.instrument = score.instrument();
        this.answers = answers;
        this.total = score.total();
        this.band = score.band();
        this.completedAt = completedAt;
    }
}
