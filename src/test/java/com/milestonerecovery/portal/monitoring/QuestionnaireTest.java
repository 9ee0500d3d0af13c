package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireTest {

    private static List<Integer> answersSummingTo(int items, int total) {
        Integer[] answers = new Integer[items];
        Arrays.fill(answers, 0);
        for (int i = 0; i < items && total > 0; i++) {
            answers[i] = Math.min(3, total);
            total -= answers[i];
        }
        return Arrays.asList(answers);
    }

    @ParameterizedTest
    @CsvSource({"0,MINIMAL", "4,MINIMAL", "5,MILD", "9,MILD", "10,MODERATE", "14,MODERATE",
            "15,MODERATELY_SEVERE", "19,MODERATELY_SEVERE", "20,SEVERE", "27,SEVERE"})
    void phq9BandsAsPublished(int total, String band) {
        Questionnaire.Score score = Questionnaire.PHQ9.score(answersSummingTo(9, total));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"0,MINIMAL", "4,MINIMAL", "5,MILD", "9,MILD", "10,MODERATE", "14,MODERATE", "15,SEVERE",
            "21,SEVERE"})
    void gad7BandsAsPublished(int total, String band) {
        assertThat(Questionnaire.GAD7.score(answersSummingTo(7, total)).band()).isEqualTo(band);
    }

    @Test
    void phq9Item9AboveZeroIsFlaggedWhateverTheTotal() {
        Questionnaire.Score score = Questionnaire.PHQ9.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(score.total()).isEqualTo(1);
        assertThat(score.band()).isEqualTo("MINIMAL");
        assertThat(score.selfHarmItemPositive()).isTrue();
        assertThat(Questionnaire.PHQ9.score(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).selfHarmItemPositive()).isFalse();
        assertThat(Questionnaire.GAD7.score(List.of(3, 3, 3, 3, 3, 3, 3)).selfHarmItemPositive()).isFalse();
    }

    @Test
    void refusesWrongLengthsAndOutOfRangeAnswers() {
        assertThatThrownBy(() -> Questionnaire.PHQ9.score(List.of(1, 2, 3))).isInstanceOf(InvalidCheckInException.class);
        assertThatThrownBy(() -> Questionnaire.GAD7.score(List.of(0, 0, 0, 0, 0, 0, 4)))
                .isInstanceOf(InvalidCheckInException.class);
        assertThatThrownBy(() -> Questionnaire.GAD7.score(Arrays.asList(0, 0, 0, null, 0, 0, 0)))
                .isInstanceOf(InvalidCheckInException.class);
    }
}
