package app.rounds.common.database;

import java.nio.file.Path;

import app.rounds.common.config.FallbackConfigSource;
import io.quarkus.runtime.LaunchMode;

/**
 * Supplies the datasource settings when nothing else does. This source has the lowest priority of all, so it is
 * asked only when neither the environment, system properties nor application.properties name a database. In dev
 * and test it then starts an embedded PostgreSQL once per JVM (dev keeps its data folder; tests use a throwaway
 * cluster); in production it stops start-up with one line saying what to set.
 */
public class EmbeddedPostgresConfigSource extends FallbackConfigSource {

    private static final String URL = "quarkus.datasource.jdbc.url";
    /** JVM-wide, so that every class loader Quarkus creates (tests, live reload) shares one server. */
    private static final String STARTED_URL = "rounds.embedded-postgres.started-url";
    private static final String DEV_DATA_DIRECTORY = "/var/tmp/rounds-dev-postgres";

    @Override
    public String getName() {
        return "rounds-embedded-postgres";
    }

    @Override
    public String getValue(String propertyName) {
        return URL.equals(propertyName) ? embeddedUrl() : null;
    }

    private static String embeddedUrl() {
        if (!LaunchMode.current().isDevOrTest()) {
            refuseToStartWithoutDatabase();
            return null;
        }
        return startOncePerJvm();
    }

    private static synchronized String startOncePerJvm() {
        String started = System.getProperty(STARTED_URL);
        if (started != null) {
            return started;
        }
        boolean test = LaunchMode.current() == LaunchMode.TEST;
        System.out.println("Starting embedded PostgreSQL" + (test ? "" : " in " + devDataDirectory())
                + " (set QUARKUS_DATASOURCE_JDBC_URL to use another database)");
        EmbeddedPostgres server = test ? EmbeddedPostgres.startThrowaway() : EmbeddedPostgres.start(devDataDirectory(), false);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
        System.setProperty(STARTED_URL, server.jdbcUrl());
        return server.jdbcUrl();
    }

    private static Path devDataDirectory() {
        String configured = System.getenv("ROUNDS_DEV_DB_DIR");
        Path directory = Path.of(configured == null || configured.isBlank() ? DEV_DATA_DIRECTORY : configured);
        return directory.toAbsolutePath();
    }

    /**
     * Quarkus holds its start-up lock while it reads configuration, so System.exit would wait forever on its own
     * shutdown hook; halting is safe because nothing has started yet.
     */
    private static void refuseToStartWithoutDatabase() {
        if (atRuntime()) {
            System.err.println("Rounds needs a database: set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME"
                    + " and QUARKUS_DATASOURCE_PASSWORD.");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }
}
