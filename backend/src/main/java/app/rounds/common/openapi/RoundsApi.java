package app.rounds.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.Problem;

/**
 * The contract's shared parts: the server, the tags (each with a description; `npm run lint:api` insists), the bearer
 * scheme and the problem responses every operation refers to.
 */
@OpenAPIDefinition(
        info = @Info(title = "Rounds API", version = "1.0.0"),
        // Paths carry their /api/v1 prefix, so the one server is wherever the contract itself is served from.
        servers = @Server(url = "/", description = "This deployment"),
        tags = {
                @Tag(name = "Accounts", description = "Sign-up, login, token refresh and logout; the caller's own account"),
                @Tag(name = "Connections", description = "People met through an accepted introduction or a scanned code:"
                        + " cell consent, contact cards and private notes"),
                @Tag(name = "Events", description = "Events and their life cycle: draft, published, cancelled, completed"),
                @Tag(name = "Introductions", description = "Requests and brokered proposals to meet, their answers and expiry"),
                @Tag(name = "Notifications", description = "The caller's in-app inbox"),
                @Tag(name = "Profiles", description = "Physician profiles as each caller may see them, and the specialty vocabulary"),
                @Tag(name = "Registration", description = "Seats, waitlist, tickets, check-in and an event's attendee list"),
                @Tag(name = "Suggestions", description = "Whom to meet at an event, ranked and explained"),
                @Tag(name = "Follow-ups", description = "What each attendee owes a connection in the week after the event,"
                        + " and referrals reported on connections"),
                @Tag(name = "Dashboard", description = "Organizers: what each event produced, as counts and rates over"
                        + " private data, never its content"),
                @Tag(name = "Calendar", description = "iCalendar feeds of one's events and follow-ups, and one event's .ics"),
                @Tag(name = "Integrations", description = "For practice CRMs and calendar tools: integration clients and their"
                        + " scoped API keys, the change feed and signed webhooks"),
                @Tag(name = "Bulk data", description = "CSV exports of an event's registrations, introductions and follow-up"
                        + " outcomes; registration imports from a ticketing platform's attendee list, run in the background"),
                @Tag(name = "Development", description = "Dev and test builds only: the embedded SMTP server's mailbox")
        },
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT"),
                        @SecurityScheme(securitySchemeName = ApiDocs.INTEGRATION_KEY, type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "rnd_ API key",
                                description = "An integration client's key, `Authorization: Bearer rnd_...`: \"rnd_\" and 43"
                                        + " base64url characters (regular expression `rnd_[A-Za-z0-9_-]{43}`, for secret"
                                        + " scanners). Opens only the operations that name this scheme, each with the"
                                        + " scope it needs; elsewhere 403. Outside its scopes: 403 `insufficient-scope`.")},
                responses = {
                        @APIResponse(name = ApiDocs.BAD_REQUEST, description = "Invalid input; `errors` names each bad field",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNAUTHORIZED, description = "Missing, expired or invalid credentials",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.FORBIDDEN, description = "The caller may not do this (problem type"
                                + " `email-not-verified`: not before the caller confirms their email address;"
                                + " `insufficient-scope`: an integration key without the scope named in `detail`)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_FOUND, description = "No such resource, or not visible to the caller",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.CONFLICT, description = "Contradicts the current state",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.TOO_MANY_REQUESTS, description = "Too many attempts; see Retry-After",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.BUSY, description = "At capacity for this work (password hashing); see Retry-After",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.CONTENT_TOO_LARGE, description = "The body is larger than this operation takes",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNSUPPORTED_MEDIA_TYPE, description = "The body is of a media type this operation does not take",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.UNPROCESSABLE, description = "The body is well-formed but more than this operation can take",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class RoundsApi extends Application {
}
