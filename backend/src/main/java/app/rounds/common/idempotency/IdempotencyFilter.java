package app.rounds.common.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.lang.reflect.Method;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.IdempotencyKeyReused;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.security.IntegrationCaller;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The IETF httpapi {@code Idempotency-Key} on every POST of a signed-in caller or an integration key: the first
 * request with a key runs and its answer (status, body, Location) is kept; a retry with the same method, path and body
 * gets that answer again; the same key with another request is a 422, and a retry while the first still runs a 409.
 * Keys belong to their caller, so two callers never share one. A server error keeps nothing: the key is given back and
 * the retry runs again. Runs after the scope gate and the rate limit, so refused requests claim no key.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Marks an answer given again from a kept result, so a client can tell. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /**
     * Marks, in {@code @Operation(extensions = ...)}, a POST whose answer holds a secret shown once (an API key, a
     * signing secret, a feed address, tokens): keeping it for replay would store the secret outside its hash, so such
     * an operation ignores the header, and its contract does not offer it.
     */
    public static final String NOT_ACCEPTED = "x-idempotency-key-not-accepted";
    private static final int MAX_KEY_LENGTH = 255;
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    @Inject
    IdempotencyRecords records;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    private record Claimed(String caller, String key) {
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response claim(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(HEADER);
        if (header == null || !HttpMethod.POST.equals(request.getMethod())
                || resource.getResourceMethod() == null || notAccepted(resource.getResourceMethod())) {
            return null;
        }
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return null;
        }
        String key = parse(header);
        IdempotencyRecords.Claim claim = records.claim(caller.get(), key, hash(request));
        if (claim instanceof IdempotencyRecords.Claim.Replay replay) {
            return replay(replay.response());
        }
        if (claim instanceof IdempotencyRecords.Claim.InFlight) {
            throw new Conflict("A request with this Idempotency-Key is still being processed; retry shortly");
        }
        if (claim instanceof IdempotencyRecords.Claim.OtherRequest) {
            throw new IdempotencyKeyReused(
                    "This Idempotency-Key was already used with a different request (method, path or body); use a new key");
        }
        request.setProperty(CLAIM, new Claimed(caller.get(), key));
        return null;
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        if (response.getStatus() >= 500) {
            records.release(claimed.caller(), claimed.key());
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        MediaType type = response.getMediaType();
        records.complete(claimed.caller(), claimed.key(), new IdempotencyRecords.StoredResponse(response.getStatus(),
                type == null ? null : type.toString(), location == null ? null : location.toString(), body(response.getEntity())));
    }

    private static boolean notAccepted(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && Arrays.stream(operation.extensions()).anyMatch(extension -> NOT_ACCEPTED.equals(extension.name()));
    }

    private Optional<String> caller() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        IntegrationCaller integration = identity.getAttribute(IntegrationCaller.ATTRIBUTE);
        if (integration != null) {
            return Optional.of("integration:" + integration.clientId());
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return Optional.of("account:" + token.getSubject());
        }
        return Optional.empty();
    }

    /** The draft's value is a structured-field string ({@code "abc"}); a bare token is taken as well. */
    private static String parse(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInput(HEADER, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        return value;
    }

    /** SHA-256 over method, path with query, and body; the body is read here and handed on unchanged. */
    private static String hash(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream() == null ? new byte[0] : request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] body(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the response for Idempotency-Key", e);
        }
    }

    private static Response replay(IdempotencyRecords.StoredResponse stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body().length > 0) {
            answer.entity(stored.body()).type(stored.contentType() == null ? MediaType.APPLICATION_JSON : stored.contentType());
        }
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return answer.build();
    }
}
