package com.milestonerecovery.portal.medication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction rules in the database. The reviewed CSV files in the code base are the source; {@link #sync()}
 * replaces the tables' content with them in one transaction (several app servers starting at once end with the
 * same rows), and {@link #load()} reads the rules the checker applies back from the tables.
 */
@Component
class InteractionRuleTable {

    private static final Logger log = LoggerFactory.getLogger(InteractionRuleTable.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InteractionRuleTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void sync() {
        InteractionRules source = fromCsv();
        jdbc.update("delete from medication_tag");
        jdbc.update("delete from interaction_rule");
        List<Object[]> tagRows = new ArrayList<>();
        source.tags().forEach((slug, tags) -> tags.forEach(tag -> tagRows.add(new Object[] {slug, tag})));
        jdbc.batchUpdate("insert into medication_tag (slug, tag) values (?, ?)", tagRows);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> ruleRows = source.rules().stream().map(r -> new Object[] {r.code(), r.tagA(), r.tagB(),
                r.severity().name(), r.reasonEn(), r.actionEn(), r.reasonEs(), r.actionEs(), r.source(), now}).toList();
        jdbc.batchUpdate("""
                insert into interaction_rule (code, tag_a, tag_b, severity, reason_en, action_en, reason_es, action_es,
                    source, loaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ruleRows);
        log.info("Interaction rules loaded into the database: {} rules, {} medication tags", ruleRows.size(),
                tagRows.size());
    }

    @Transactional(readOnly = true)
    public InteractionRules load() {
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.query("select slug, tag from medication_tag order by slug, tag",
                rs -> {
                    tags.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        List<InteractionRules.Rule> rules = jdbc.query("""
                select code, tag_a, tag_b, severity, reason_en, action_en, reason_es, action_es, source
                from interaction_rule order by code""",
                (rs, i) -> new InteractionRules.Rule(rs.getString(1), rs.getString(2), rs.getString(3),
                        InteractionSeverity.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
        return new InteractionRules(tags, rules);
    }

    static InteractionRules fromCsv() {
        try (InputStream tags = new ClassPathResource("reference/medication-tags.csv").getInputStream();
                InputStream table = new ClassPathResource("reference/interaction-rules.csv").getInputStream()) {
            return InteractionRules.load(tags, table);
        } catch (IOException e) {
            throw new UncheckedIOException("the interaction rule files could not be read", e);
        }
    }
}
