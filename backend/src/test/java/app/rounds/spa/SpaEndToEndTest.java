package app.rounds.spa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs the SPA's Playwright journeys (frontend/src/e2e) in the system Chromium against this test instance: the real
 * API, the real database and the built SPA.
 */
@QuarkusTest
@TestProfile(SpaEndToEndTest.RemindersSwept.class)
class SpaEndToEndTest {

    /**
     * The day-before event reminders, off in the other tests (their mailboxes hold only what they cause), are looked
     * for every two seconds, so a journey can find its reminder mail in the dev Mailbox.
     */
    public static class RemindersSwept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rounds.mail.event-reminders.every", "2s");
        }
    }

    @TestHTTPResource("/")
    URL baseUrl;

    @ConfigProperty(name = "rounds.admin.email")
    String adminEmail;

    @ConfigProperty(name = "rounds.admin.password")
    String adminPassword;

    @Test
    void browserJourneysPass() throws Exception {
        SpaBuild.requireBuilt();
        Path report = Files.createTempFile("rounds-e2e-", ".log");
        // Surefire talks to this JVM over its standard streams, so the child gets its own.
        ProcessBuilder e2e = new ProcessBuilder("npm", "run", "e2e")
                .directory(new File("../frontend").getAbsoluteFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        e2e.environment().put("E2E_BASE_URL", baseUrl.toString().replaceAll("/$", ""));
        e2e.environment().put("E2E_ADMIN_EMAIL", adminEmail);
        e2e.environment().put("E2E_ADMIN_PASSWORD", adminPassword);
        Process process = e2e.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String printed = Files.readString(report);
        System.out.println(printed);
        Files.deleteIfExists(report);
        assertThat(finished).as("the e2e run finished within 10 minutes").isTrue();
        assertThat(process.exitValue()).as("exit code of `npm run e2e`; its report:%n%s", printed).isZero();
    }
}
