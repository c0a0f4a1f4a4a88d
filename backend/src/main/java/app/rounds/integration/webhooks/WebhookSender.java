package app.rounds.integration.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One HTTP attempt of one webhook: resolves and checks the receiver's host now, connects to that very address (the
 * URL's host still goes into {@code Host}, SNI and certificate checks), never follows a redirect, and gives up after
 * the connect or read time-out, the whole attempt bounded by both together.
 */
@ApplicationScoped
public class WebhookSender {

    private final ReceiverAddresses addresses;
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    WebhookSender(Vertx vertx, ReceiverAddresses addresses, WebhookConfig config) {
        this.addresses = addresses;
        this.connectTimeout = config.connectTimeout();
        this.readTimeout = config.readTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions().setForceSni(true).setVerifyHost(true)
                .setConnectTimeout((int) connectTimeout.toMillis()).setMaxPoolSize(config.dispatch().concurrency()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Sends the body; the outcome says what the receiver answered, or why nothing was answered. */
    public Outcome send(URI url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        InetAddress address;
        try {
            address = addresses.resolve(url);
        } catch (ReceiverAddresses.Refused refused) {
            return Outcome.failed(elapsed(started), "Refused: the URL " + refused.getMessage());
        }
        boolean tls = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(url.getHost()).setPort(port).setSsl(tls)
                .setURI(path).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false).setConnectTimeout(connectTimeout.toMillis()).setIdleTimeout(readTimeout.toMillis());
        headers.forEach(options::putHeader);
        options.putHeader("content-type", "application/json");
        options.putHeader("user-agent", "Rounds-Webhooks/1");
        try {
            Answer answer = client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> response.body().map(ignored -> new Answer(response.statusCode(),
                            response.getHeader("retry-after"))))
                    .toCompletionStage().toCompletableFuture()
                    .get(connectTimeout.plus(readTimeout).toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Outcome(answer.status(), elapsed(started), retryAfter(answer.retryAfter()), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed(elapsed(started), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            return Outcome.failed(elapsed(started), "No answer within the time-outs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(elapsed(started), "Interrupted");
        }
    }

    private static int elapsed(long startedNanos) {
        return (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    /** Retry-After in seconds (delta form; an HTTP date is rare from receivers and is ignored). */
    private static OptionalLong retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(header.strip()));
    }

    private record Answer(int status, String retryAfter) {
    }

    /** What an attempt came to: the status (null when none came), how long it took, Retry-After, or why it failed. */
    public record Outcome(Integer status, int millis, OptionalLong retryAfterSeconds, String error) {

        static Outcome failed(int millis, String error) {
            return new Outcome(null, millis, OptionalLong.empty(), error);
        }

        /** Only a 2xx delivers: a redirect is not followed, so it is a failure like any other answer. */
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
