package app.rounds.support.cluster;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two instances of the packaged service ({@code java -jar quarkus-run.jar}, prod profile) on one fresh database, and
 * optionally nginx in front of both, started once per test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TwoInstances cluster = TwoInstances.withBalancer().env("ROUNDS_INTRODUCTIONS_EXPIRY_SWEEP", "1s");
 * </pre>
 *
 * Other real servers (an SMTP server, a webhook receiver) plug in through {@link #env(String, String)} and
 * {@link #env(int, String, String)} before the instances start, or before a {@link #restart(int...)}.
 */
public final class TwoInstances implements BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN_EMAIL = "admin@cluster.rounds.test";
    public static final String ADMIN_PASSWORD = "cluster-admin-password";

    private final boolean balanced;
    private final Map<String, String> sharedEnv = new LinkedHashMap<>();
    private final List<Map<String, String>> instanceEnv = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
    private final List<Instance> instances = new ArrayList<>();
    private ClusterDatabase database;
    private Balancer balancer;
    private Path logFolder;

    private TwoInstances(boolean balanced) {
        this.balanced = balanced;
    }

    /** Two instances, each reached directly. */
    public static TwoInstances direct() {
        return new TwoInstances(false);
    }

    /** Two instances and nginx balancing requests over both, round robin. */
    public static TwoInstances withBalancer() {
        return new TwoInstances(true);
    }

    /** An environment variable for both instances. */
    public TwoInstances env(String name, String value) {
        sharedEnv.put(name, value);
        return this;
    }

    /** An environment variable for one instance (0 or 1); it wins over a shared one. */
    public TwoInstances env(int instance, String name, String value) {
        instanceEnv.get(instance).put(name, value);
        return this;
    }

    public Instance instance(int index) {
        return instances.get(index);
    }

    public Balancer balancer() {
        if (balancer == null) {
            throw new IllegalStateException("This cluster has no balancer: use TwoInstances.withBalancer()");
        }
        return balancer;
    }

    public ClusterDatabase database() {
        return database;
    }

    /** Kills an instance at once (SIGKILL), as a crash would. */
    public void kill(int index) {
        instances.get(index).kill();
    }

    /**
     * Asks an instance to stop (SIGTERM), as an orchestrator does before a deploy; completes with its exit code once
     * the process has ended.
     */
    public CompletableFuture<Integer> terminate(int index) {
        return instances.get(index).terminate();
    }

    /** Stops the given instances (SIGKILL) and starts them again together, on their ports, with the current env. */
    public void restart(int... indices) {
        for (int index : indices) {
            instances.get(index).kill();
        }
        startTogether(indices);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        logFolder = Files.createDirectories(Path.of("target", "two-instances", context.getRequiredTestClass().getSimpleName()))
                .toAbsolutePath();
        database = ClusterDatabase.createFresh();
        for (int index = 0; index < 2; index++) {
            Path log = logFolder.resolve("instance-" + index + ".log");
            Files.deleteIfExists(log);
            instances.add(new Instance(index, Ports.free(), Ports.free(), log));
        }
        if (balanced) {
            balancer = Balancer.start(logFolder.resolve("nginx"), instances.stream().map(Instance::port).toList());
        }
        // Both at once on the brand-new database, as a deployment may start them: the migration takes turns.
        startTogether(0, 1);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        instances.forEach(Instance::kill);
        if (balancer != null) {
            balancer.stop();
        }
        if (database != null) {
            database.drop();
        }
    }

    private void startTogether(int... indices) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (int index : indices) {
            Instance instance = instances.get(index);
            Map<String, String> env = environment(instance);
            starting.add(CompletableFuture.runAsync(() -> instance.start(env)));
        }
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    }

    private Map<String, String> environment(Instance instance) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(instance.port()));
        env.put("MANAGEMENT_PORT", String.valueOf(instance.managementPort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("ROUNDS_JWT_PRIVATE_KEY_LOCATION", TestKeys.signingKey());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestKeys.verificationKey());
        env.put("ROUNDS_JWT_KEY_ID", TestKeys.KEY_ID);
        env.put("ROUNDS_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ROUNDS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (balanced) {
            env.put("ROUNDS_BEHIND_PROXY", "true");
            env.put("ROUNDS_TRUSTED_PROXIES", "127.0.0.1");
        }
        env.putAll(sharedEnv);
        env.putAll(instanceEnv.get(instance.index()));
        return env;
    }

    /** One running service process. */
    public static final class Instance {
        private final int index;
        private final int port;
        private final int managementPort;
        private final Path log;
        private Process process;

        Instance(int index, int port, int managementPort, Path log) {
            this.index = index;
            this.port = port;
            this.managementPort = managementPort;
            this.log = log;
        }

        public int index() {
            return index;
        }

        public int port() {
            return port;
        }

        public URI baseUri() {
            return URI.create("http://127.0.0.1:" + port);
        }

        public int managementPort() {
            return managementPort;
        }

        /** Health, metrics and the contract: in production they answer on their own port. */
        public URI managementUri() {
            return URI.create("http://127.0.0.1:" + managementPort);
        }

        /** What the instance printed so far (JSON log lines). */
        public String log() {
            try {
                return Files.readString(log);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        public boolean isRunning() {
            return process != null && process.isAlive();
        }

        void start(Map<String, String> env) {
            process = PackagedService.start(env, log);
            PackagedService.awaitReady(process, managementUri(), log);
        }

        CompletableFuture<Integer> terminate() {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("Instance " + index + " is not running");
            }
            process.destroy();
            return process.onExit().thenApply(Process::exitValue);
        }

        void kill() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Where the signing keys of the test resources are, as files (the service reads them by path). */
    public static final class TestKeys {
        public static final String KEY_ID = "two-instances-test";

        public static String signingKey() {
            return file("two-instances/signing-key.pem");
        }

        public static String verificationKey() {
            return file("two-instances/verification-key.pem");
        }

        private static String file(String resource) {
            try {
                return Path.of(TwoInstances.class.getClassLoader().getResource(resource).toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
