package com.milestonerecovery.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The documented backup and restore (ops/backup.sh, ops/restore.sh) against the running test database: a dump made
 * with the server's own mariadb-dump, restored into a fresh database on the same server, holds the same data byte for
 * byte (CHECKSUM TABLE), and a restore never writes into a database that already has tables.
 */
@IntegrationTest
class BackupRestoreIT {

    /** Written by background jobs while the test runs (relay, reminders, db-scheduler): compared by presence only. */
    private static final Set<String> MOVING = Set.of("scheduled_tasks", "outbox_message", "outbox_attachment",
            "appointment_reminder");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;

    private final String restored = "portal_restore_" + System.currentTimeMillis();

    @AfterEach
    void dropRestoredDatabase() {
        jdbc.execute("drop database if exists " + restored);
    }

    private record Run(int exit, String output) {
    }

    private Run script(String script, String database, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "ops/" + script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("SPRING_DATASOURCE_URL");
        env.put("MARIADB_BIN", jdbc.queryForObject("select @@basedir", String.class) + "/bin");
        env.put("DB_HOST", "127.0.0.1");
        env.put("DB_PORT", String.valueOf(jdbc.queryForObject("select @@port", Integer.class)));
        env.put("DB_NAME", database);
        env.put("DB_USER", "root");
        env.put("DB_PASSWORD", "");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", script).isTrue();
        return new Run(p.exitValue(), output);
    }

    private Map<String, Long> checksums(String database) {
        Map<String, Long> sums = new TreeMap<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'""",
                String.class, database);
        for (String table : tables) {
            jdbc.query("checksum table " + database + "." + table + " extended",
                    rs -> {
                        sums.put(table.toLowerCase(), MOVING.contains(table.toLowerCase()) ? 0L : rs.getLong(2));
                    });
        }
        return sums;
    }

    @Test
    @WithUserDetails("clinician")
    void aBackupRestoresIntoAFreshDatabaseWithTheSameData() throws Exception {
        Long clientId = jdbc.queryForObject("select min(id) from client", Long.class);
        audit.record(AuditAction.RECORD_VIEW, clientId, "overview", "backup round trip");
        String live = jdbc.queryForObject("select database()", String.class);
        Path file = Path.of("target/backup-it/" + restored + ".sql.gz");
        Files.deleteIfExists(file);

        Run backup = script("backup.sh", live, file.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(file).isNotEmptyFile();

        Run restore = script("restore.sh", restored, file.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored", restored);

        Map<String, Long> original = checksums(live);
        Map<String, Long> copy = checksums(restored);
        assertThat(copy.keySet()).isEqualTo(original.keySet()).contains("client", "medication_plan", "audit_event",
                "user_account", "flyway_schema_history");
        assertThat(copy).as("every table byte for byte (CHECKSUM TABLE)").isEqualTo(original);

        // And the data is there to be read: demo clients, their plans, the audit trail, password hashes.
        for (String table : List.of("client", "medication_plan", "plan_item", "dose_log", "audit_event")) {
            Long count = jdbc.queryForObject("select count(*) from " + restored + "." + table, Long.class);
            assertThat(count).as(table).isPositive()
                    .isEqualTo(jdbc.queryForObject("select count(*) from " + live + "." + table, Long.class));
        }
        String sql = "select password_hash from %s.user_account where username = 'client'";
        assertThat(jdbc.queryForObject(sql.formatted(restored), String.class))
                .isEqualTo(jdbc.queryForObject(sql.formatted(live), String.class));
    }

    @Test
    void aRestoreRefusesADatabaseThatHasTables() throws Exception {
        String live = jdbc.queryForObject("select database()", String.class);
        Path file = Path.of("target/backup-it/" + restored + "-refused.sql.gz");
        Files.deleteIfExists(file);
        assertThat(script("backup.sh", live, file.toString()).exit()).isZero();
        long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);

        Run restore = script("restore.sh", live, file.toString());
        assertThat(restore.exit()).as(restore.output()).isEqualTo(3);
        assertThat(restore.output()).contains("restore into an empty database");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accounts);
    }
}
