package app.rounds.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionResponse", description = "An access token for the Authorization header; the refresh token travels"
        + " only in the HttpOnly cookie")
public record SessionResponse(
        @Schema(required = true) String accessToken,
        @Schema(required = true, enumeration = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the access token expires") long expiresIn,
        @Schema(required = true) AccountResponse account) {

    static SessionResponse of(Session session) {
        return new SessionResponse(session.accessToken(), "Bearer", session.expiresInSeconds(),
                AccountResponse.of(session.account()));
    }
}
