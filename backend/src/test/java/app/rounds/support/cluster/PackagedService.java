package app.rounds.support.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Starts {@code backend/target/quarkus-app/quarkus-run.jar} as its own process, as production runs it. */
public final class PackagedService {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService() {
    }

    public static Process start(Map<String, String> env, Path log) {
        Path jar = jar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Small heaps and quick JIT start-up: the machine that runs the tests runs two of these at once.
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("ROUNDS_")
                || name.startsWith("MP_JWT_") || name.equals("PORT"));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    public static void awaitReady(Process process, URI baseUri, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The instance on " + baseUri + " exited with " + process.exitValue()
                        + " during start-up; its log:\n" + read(log));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The instance on " + baseUri + " was not ready within " + START_TIMEOUT + "; its log:\n" + read(log));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("rounds.packaged-jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged service at " + jar + ": the two-instance tests run after `package`"
                    + " (./mvnw verify, or ./mvnw -pl backend package -DskipTests first)");
        }
        return jar;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
