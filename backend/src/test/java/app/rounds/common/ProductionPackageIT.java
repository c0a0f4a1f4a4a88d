package app.rounds.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.rounds.support.cluster.ClusterDatabase;
import app.rounds.support.cluster.PackagedService;
import app.rounds.support.cluster.Ports;
import app.rounds.support.cluster.TwoInstances;

/** The packaged service as production runs it: never with the committed dev keys, management off the public port. */
class ProductionPackageIT {

    private static ClusterDatabase database;

    @BeforeAll
    static void database() {
        database = ClusterDatabase.createFresh();
    }

    @AfterAll
    static void dropDatabase() {
        database.drop();
    }

    @Test
    void refusesToStartWithTheCommittedDevKeys() throws Exception {
        Map<String, String> env = environment();
        env.put("ROUNDS_JWT_PRIVATE_KEY_LOCATION", Path.of("dev-keys", "rounds-dev-2026b.pem").toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", Path.of("dev-keys", "jwks.json").toAbsolutePath().toString());
        env.put("ROUNDS_JWT_KEY_ID", "production-2026");
        Path log = Files.createTempFile("rounds-prod-dev-keys-", ".log");

        Process service = PackagedService.start(env, log);

        assertThat(service.waitFor(300, TimeUnit.SECONDS)).as("the service stops by itself").isTrue();
        assertThat(service.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("committed dev key");
    }

    @Test
    void answersManagementEndpointsOnlyOnTheManagementPort() throws Exception {
        Map<String, String> env = environment();
        Path log = Files.createTempFile("rounds-prod-management-", ".log");
        Process service = PackagedService.start(env, log);
        try {
            URI management = URI.create("http://127.0.0.1:" + env.get("MANAGEMENT_PORT"));
            PackagedService.awaitReady(service, management, log);
            String publicPort = "http://127.0.0.1:" + env.get("PORT");

            for (String path : new String[] {"/q/metrics", "/q/openapi", "/q/health/ready"}) {
                given().baseUri(management.toString()).get(path).then().statusCode(200);
                given().baseUri(publicPort).get(path).then().statusCode(404);
            }
            given().baseUri(publicPort).get("/").then().statusCode(200)
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'"))
                    .header("X-Content-Type-Options", "nosniff");
        } finally {
            service.destroy();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop on SIGTERM").isTrue();
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(Ports.free()));
        env.put("MANAGEMENT_PORT", String.valueOf(Ports.free()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("ROUNDS_JWT_PRIVATE_KEY_LOCATION", TwoInstances.TestKeys.signingKey());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TwoInstances.TestKeys.verificationKey());
        env.put("ROUNDS_JWT_KEY_ID", TwoInstances.TestKeys.KEY_ID);
        env.put("ROUNDS_ADMIN_EMAIL", "prod-check@cluster.rounds.test");
        env.put("ROUNDS_ADMIN_PASSWORD", "prod-check-password");
        return env;
    }
}
