package com.milestonerecovery.portal.monitoring;

import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.base.crypto.FieldCipher;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Everything a client's export contains, read in one statement per section. */
@Component
class ExportQueries {

    private final NamedParameterJdbcTemplate jdbc;

    private final FieldCipher cipher;

    ExportQueries(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    List<Map<String, Object>> doses(long clientId) {
        return jdbc.queryForList("""
                select d.local_date, d.scheduled_for, d.recorded_at, d.status, d.skip_reason, d.late, m.name,
                       i.dose_amount, i.dose_unit
                from dose_log d join plan_item i on i.id = d.plan_item_id join medication m on m.id = i.medication_id
                where d.client_id = :client and d.voided_at is null
                order by d.local_date, coalesce(d.scheduled_for, d.recorded_at)""", params(clientId));
    }

    List<Map<String, Object>> checkIns(long clientId) {
        return decrypted(jdbc.queryForList("""
                select local_date, recorded_at, cravings, mood, sleep_hours, note from check_in
                where client_id = :client order by recorded_at""", params(clientId)), "note");
    }

    List<Map<String, Object>> sideEffects(long clientId) {
        return decrypted(jdbc.queryForList("""
                select r.reported_at, m.name as medication, s.label_en, s.label_es, r.other_text, r.severity, r.status
                from side_effect_report r
                left join medication_side_effect s on s.id = r.side_effect_id
                left join medication m on m.id = s.medication_id
                where r.client_id = :client order by r.reported_at""", params(clientId)), "other_text");
    }

    private List<Map<String, Object>> decrypted(List<Map<String, Object>> rows, String column) {
        for (Map<String, Object> row : rows) {
            row.computeIfPresent(column, (key, value) -> cipher.decrypt(String.valueOf(value)));
        }
        return rows;
    }

    private static MapSqlParameterSource params(long clientId) {
        return new MapSqlParameterSource("client", clientId);
    }
}
