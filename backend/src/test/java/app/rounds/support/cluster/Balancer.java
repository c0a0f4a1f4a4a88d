package app.rounds.support.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx from Debian in front of the instances, round robin, setting {@code X-Forwarded-For} as a real proxy does.
 * A request that cannot reach an instance is retried on the other, so a killed instance is simply skipped.
 */
public final class Balancer {

    private static final String INSTALL = "apt-get install -y nginx-light";

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    static Balancer start(Path folder, List<Integer> upstreamPorts) {
        Path nginx = Path.of(System.getenv().getOrDefault("NGINX_PATH", "/usr/sbin/nginx"));
        if (!Files.isExecutable(nginx)) {
            throw new IllegalStateException("The two-instance tests need nginx at " + nginx + ": install it with `"
                    + INSTALL + "` (Debian), or set NGINX_PATH");
        }
        int port = Ports.free();
        try {
            Files.createDirectories(folder.resolve("logs"));
            for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
                Path path = Files.createDirectories(folder.resolve("temp").resolve(temp));
                // Workers run as nobody when the tests run as root.
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            Files.setPosixFilePermissions(folder.resolve("temp"), PosixFilePermissions.fromString("rwxr-xr-x"));
            Path config = folder.resolve("nginx.conf");
            Files.writeString(config, config(folder, port, upstreamPorts));
            Process process = new ProcessBuilder(nginx.toString(), "-p", folder.toString(), "-c", config.toString(),
                    "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("logs/stdout.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            awaitListening(process, port, folder);
            return new Balancer(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx", e);
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String config(Path folder, int port, List<Integer> upstreamPorts) {
        String servers = upstreamPorts.stream()
                .map(upstream -> "    server 127.0.0.1:" + upstream + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        String temp = folder.resolve("temp").toString();
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream rounds {
                %3$s
                    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://rounds;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_next_upstream error timeout;
                      proxy_connect_timeout 2s;
                    }
                  }
                }
                """.formatted(folder, temp, servers, port);
    }

    private static void awaitListening(Process process, int port, Path folder) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see " + folder.resolve("logs"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s; see " + folder.resolve("logs"));
    }
}
