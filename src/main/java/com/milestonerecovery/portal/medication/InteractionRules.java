package com.milestonerecovery.portal.medication;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated interaction and contraindication table (PRODUCT.md), as data: medications carry tags
 * ({@code reference/medication-tags.csv}) and each rule ({@code reference/interaction-rules.csv}) names two
 * tags, a severity, the clinical reason, the recommended action and its public source. A rule whose two
 * tags are the same fires for two different medications sharing that tag (therapeutic duplication).
 */
public final class InteractionRules {

    record Rule(String code, String tagA, String tagB, InteractionSeverity severity, String reasonEn,
            String actionEn, String reasonEs, String actionEs, String source) {
    }

    private final Map<String, Set<String>> tagsBySlug;
    private final List<Rule> rules;

    InteractionRules(Map<String, Set<String>> tagsBySlug, List<Rule> rules) {
        this.tagsBySlug = tagsBySlug;
        this.rules = rules;
    }

    static InteractionRules load(InputStream tags, InputStream rules) throws IOException {
        Map<String, Set<String>> tagMap = new HashMap<>();
        for (CSVRecord row : parse(tags)) {
            tagMap.put(row.get("slug"), new LinkedHashSet<>(Arrays.asList(row.get("tags").split(";"))));
        }
        List<Rule> ruleList = new ArrayList<>();
        for (CSVRecord row : parse(rules)) {
            ruleList.add(new Rule(row.get("code"), row.get("tag_a"), row.get("tag_b"),
                    InteractionSeverity.valueOf(row.get("severity")), row.get("reason_en"), row.get("action_en"),
                    row.get("reason_es"), row.get("action_es"), row.get("source")));
        }
        return new InteractionRules(tagMap, ruleList);
    }

    private static List<CSVRecord> parse(InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    List<String> ruleCodes() {
        return rules.stream().map(Rule::code).toList();
    }

    /** Every rule triggered by any two of the given medications (slugs), most serious first. */
    public List<InteractionWarning> check(Collection<String> slugs, Locale locale) {
        List<String> distinct = slugs.stream().distinct().toList();
        boolean spanish = "es".equals(locale.getLanguage());
        List<InteractionWarning> warnings = new ArrayList<>();
        for (Rule rule : rules) {
            boolean sameTag = rule.tagA().equals(rule.tagB());
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = sameTag ? i + 1 : 0; j < distinct.size(); j++) {
                    String a = distinct.get(i);
                    String b = distinct.get(j);
                    if (i == j || !has(a, rule.tagA()) || !has(b, rule.tagB())) {
                        continue;
                    }
                    warnings.add(new InteractionWarning(rule.code(), rule.severity(), a, b,
                            spanish ? rule.reasonEs() : rule.reasonEn(), spanish ? rule.actionEs() : rule.actionEn(),
                            rule.source()));
                }
            }
        }
        warnings.sort(Comparator.comparing(InteractionWarning::severity));
        return warnings;
    }

    /** Tags by medication slug, for storing the table. */
    Map<String, Set<String>> tags() {
        return tagsBySlug;
    }

    List<Rule> rules() {
        return rules;
    }

    private boolean has(String slug, String tag) {
        return tagsBySlug.getOrDefault(slug, Set.of()).contains(tag);
    }
}
