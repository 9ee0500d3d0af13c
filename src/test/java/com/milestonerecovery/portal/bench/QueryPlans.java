package com.milestonerecovery.portal.bench;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shows how MariaDB runs the statements behind one service call, so a reader of the figures sees which index
 * each case uses. The SQL is the exact text the call sent (the server's general log, switched on for that one
 * call only; the driver sends parameters inline), not a hand-written copy that could drift from Hibernate's.
 * Each statement on the client table is then run again: under {@code ANALYZE} for the plan with the rows the
 * optimizer expected and the rows each step returned, and once more alone for the storage engine's row reads
 * (the session's {@code Handler_read_*} counters), which tell a full scan and sort from an index walk.
 */
final class QueryPlans {

    private static final List<String> COLUMNS = List.of("table", "type", "key", "ref", "rows", "r_rows",
            "r_filtered", "Extra");

    private final JdbcTemplate jdbc;

    QueryPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SELECT statements on the client table that {@code call} sent, in order. */
    List<String> capture(Runnable call) {
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("truncate table mysql.general_log");
        jdbc.execute("set global general_log = 1");
        try {
            call.run();
        } finally {
            jdbc.execute("set global general_log = 0");
        }
        List<String> statements = jdbc.queryForList("""
                select convert(argument using utf8mb4) from mysql.general_log
                where command_type = 'Query' and argument like 'select%from client %'
                order by event_time""", String.class);
        jdbc.execute("truncate table mysql.general_log");
        return statements;
    }

    /**
     * Every SELECT (or WITH) statement that {@code call} sent, in order, without repeats; statements of the
     * application's background jobs (outbox relay, job scheduler, reminder job: the only ones that lock rows) are
     * left out.
     */
    List<String> captureAll(Runnable call) {
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("truncate table mysql.general_log");
        jdbc.execute("set global general_log = 1");
        try {
            call.run();
        } finally {
            jdbc.execute("set global general_log = 0");
        }
        List<String> statements = jdbc.queryForList("""
                select convert(argument using utf8mb4) from mysql.general_log
                where command_type = 'Query' and (argument like 'select%from%' or argument like 'with%')
                  and argument not like '%outbox_message%' and argument not like '%scheduled_tasks%'
                  and argument not like '%general_log%' and argument not like '%appointment_reminder%'
                  and argument not like '%for update%'
                order by event_time""", String.class);
        jdbc.execute("truncate table mysql.general_log");
        return statements.stream().distinct().toList();
    }

    private static final List<String> ALL_COLUMNS = List.of("id", "select_type", "table", "type", "key", "ref",
            "rows", "r_rows", "r_filtered", "Extra");

    /** As {@link #explain}, for any statement: the plan of every step (joins and subqueries numbered by id). */
    List<String> explainAll(String sql) {
        List<String> lines = new ArrayList<>();
        lines.add("    " + shortenAny(sql));
        lines.add("");
        lines.add("| " + String.join(" | ", ALL_COLUMNS) + " |");
        lines.add("|" + "---|".repeat(ALL_COLUMNS.size()));
        for (Map<String, Object> step : jdbc.queryForList("analyze " + sql)) {
            List<String> cells = new ArrayList<>();
            for (String column : ALL_COLUMNS) {
                Object value = step.get(column);
                cells.add(value == null ? "" : value.toString());
            }
            lines.add("| " + String.join(" | ", cells) + " |");
        }
        lines.add("");
        lines.add("Row reads: " + rowReads(sql).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        return lines;
    }

    /** Whitespace collapsed; a long select list (Hibernate's every column) becomes an ellipsis. */
    static String shortenAny(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        int from = text.indexOf(" from ");
        if (text.startsWith("select ") && from > 0) {
            String select = text.substring("select ".length(), from);
            if (select.chars().filter(c -> c == ',').count() > 6 && !select.contains("(")) {
                return "select … " + text.substring(from + 1);
            }
        }
        return text;
    }

    /** The statement (its select list shortened) and its plan, as Markdown. */
    List<String> explain(String sql) {
        List<String> lines = new ArrayList<>();
        lines.add("    " + shorten(sql));
        lines.add("");
        lines.add("| " + String.join(" | ", COLUMNS) + " |");
        lines.add("|" + "---|".repeat(COLUMNS.size()));
        for (Map<String, Object> step : jdbc.queryForList("analyze " + sql)) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                Object value = step.get(column);
                cells.add(value == null ? "" : value.toString());
            }
            lines.add("| " + String.join(" | ", cells) + " |");
        }
        lines.add("");
        lines.add("Row reads: " + rowReads(sql).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        return lines;
    }

    /** The non-zero {@code Handler_read_*} counters of one run of the statement, on one connection. */
    private Map<String, Long> rowReads(String sql) {
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("flush status");
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        // read to the end, as the application does
                    }
                }
                Map<String, Long> reads = new LinkedHashMap<>();
                try (ResultSet status = statement.executeQuery("show session status like 'Handler_read%'")) {
                    while (status.next()) {
                        if (status.getLong(2) != 0) {
                            reads.put(status.getString(1), status.getLong(2));
                        }
                    }
                }
                return reads;
            }
        });
    }

    /** Hibernate lists every mapped column; the plan does not depend on them. */
    static String shorten(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ");
        int from = text.indexOf(" from client ");
        String select = text.substring(0, Math.max(0, from));
        return select.contains(",") ? "select … from client " + text.substring(from + " from client ".length())
                : text;
    }
}
