package app.rounds.integration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.paging.PageRequest;
import app.rounds.common.security.ApiScope;

/** A client as organizers see it; never its key, only the key's first characters. */
@Schema(name = "IntegrationClient")
public record IntegrationClientResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, example = "[\"events:read\"]") List<String> scopes,
        @Schema(required = true, example = "rnd_Q2xh", description = "The key's first characters, to tell keys apart")
        String keyHint,
        @Schema(required = true) OffsetDateTime createdAt,
        OffsetDateTime rotatedAt,
        @Schema(description = "Until when the key replaced by the last rotation still works; absent once it does not")
        OffsetDateTime previousKeyExpiresAt,
        @Schema(description = "Absent while the client is active") OffsetDateTime revokedAt,
        @Schema(description = "Last request with either key, to the minute; absent if never used") OffsetDateTime lastUsedAt) {

    static IntegrationClientResponse of(IntegrationClient client, Instant now) {
        return new IntegrationClientResponse(client.id(), client.name(),
                client.scopes().stream().map(ApiScope::value).toList(), client.keyHint(), at(client.createdAt()),
                at(client.rotatedAt()), at(client.previousKeyExpiresAt(now)), at(client.revokedAt()),
                at(client.lastUsedAt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A client with its new key, the only response that ever carries the key. */
    @Schema(name = "IssuedIntegrationKey")
    public record Issued(@Schema(required = true) IntegrationClientResponse client,
                         @Schema(required = true, example = "rnd_Q2xhc3NpZmllZC1leGFtcGxlLW5vdC1hLXJlYWwta2V5MDE",
                                 description = "Shown this once: \"rnd_\" and 43 base64url characters (256 random bits)")
                         String key) {

        static Issued of(IntegrationClient.Issued issued, Instant now) {
            return new Issued(IntegrationClientResponse.of(issued.client(), now), issued.key());
        }
    }

    @Schema(name = "IntegrationClientPage")
    public record Page(@Schema(required = true) List<IntegrationClientResponse> items,
                       @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
