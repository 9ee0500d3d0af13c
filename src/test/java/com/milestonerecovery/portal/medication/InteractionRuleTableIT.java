package com.milestonerecovery.portal.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rules the checker applies are the ones in the database, loaded from the reviewed files at start-up. */
@IntegrationTest
class InteractionRuleTableIT {

    @Autowired
    InteractionRuleTable table;
    @Autowired
    InteractionChecker checker;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void theDatabaseHoldsEveryRuleFromTheReviewedFiles() {
        InteractionRules files = InteractionRuleTable.fromCsv();
        assertThat(jdbc.queryForList("select code from interaction_rule order by code", String.class))
                .containsExactlyElementsOf(files.rules().stream().map(InteractionRules.Rule::code).sorted().toList());
        assertThat(jdbc.queryForObject("select severity from interaction_rule where code = 'OPIOID_BENZO'",
                String.class)).isEqualTo("BOXED_WARNING");
        assertThat(jdbc.queryForList("select tag from medication_tag where slug = 'lorazepam'", String.class))
                .containsExactly("BENZODIAZEPINE");
    }

    @Test
    void theCheckerAppliesWhatTheDatabaseSays() {
        List<InteractionWarning> warnings = SignedIn.as(users, "clinician",
                () -> checker.check(List.of("methadone", "lorazepam"), Locale.ENGLISH));
        assertThat(warnings).extracting(InteractionWarning::ruleCode).containsExactly("OPIOID_BENZO");
        try {
            jdbc.update("update interaction_rule set severity = 'MAJOR' where code = 'OPIOID_BENZO'");
            assertThat(table.load().check(List.of("methadone", "lorazepam"), Locale.ENGLISH))
                    .extracting(InteractionWarning::severity).containsExactly(InteractionSeverity.MAJOR);
        } finally {
            checker.reload(); // back to the reviewed files
        }
        assertThat(jdbc.queryForObject("select severity from interaction_rule where code = 'OPIOID_BENZO'",
                String.class)).isEqualTo("BOXED_WARNING");
    }
}
