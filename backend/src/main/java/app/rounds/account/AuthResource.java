package app.rounds.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.idempotency.IdempotencyFilter;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.web.ClientAddress;
import io.vertx.ext.web.RoutingContext;

@Path("/auth")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class AuthResource {

    static final String REFRESH_COOKIE = "rounds_refresh";
    private static final String REFRESH_COOKIE_PATH = "/api/v1/auth";

    private final AccountService accounts;
    private final SessionService sessions;
    private final AuthConfig config;

    AuthResource(AccountService accounts, SessionService sessions, AuthConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.config = config;
    }

    @POST
    @Path("/signup")
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "signUp", summary = "Create an attendee account and log in")
    @APIResponse(responseCode = "201", description = "Account created; sets the refresh cookie",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.BUSY)
    public Response signUp(@RequestBody(required = true) @Valid @NotNull SignUpRequest request, RoutingContext http) {
        Account account = accounts.signUpAttendee(request.email(), request.password(), request.displayName(),
                ClientAddress.of(http));
        Session session = sessions.start(account);
        return withRefreshCookie(Response.created(UriBuilder.fromResource(MeResource.class).build()), session);
    }

    @POST
    @Path("/login")
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "logIn", summary = "Log in with email and password")
    @APIResponse(responseCode = "200", description = "Logged in; sets the refresh cookie",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.BUSY)
    public Response logIn(@RequestBody(required = true) @Valid @NotNull LoginRequest request, RoutingContext http) {
        Account account = accounts.authenticate(request.email(), request.password(), ClientAddress.of(http));
        return withRefreshCookie(Response.ok(), sessions.start(account));
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.WILDCARD)
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "refreshSession", summary = "Exchange the refresh cookie for a new access token",
            description = "The refresh token rotates on every use; replaying an old one ends the whole login.")
    @APIResponse(responseCode = "200", description = "Renewed; sets a new refresh cookie",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response refresh(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new NotAuthenticated("No session to refresh; log in");
        }
        return withRefreshCookie(Response.ok(), sessions.renew(refreshToken));
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "logOut", summary = "End this login and clear the refresh cookie")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logOut(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            sessions.end(refreshToken);
        }
        return Response.noContent().cookie(refreshCookie("", 0)).build();
    }

    private Response withRefreshCookie(Response.ResponseBuilder response, Session session) {
        int maxAge = (int) config.refreshTokenLifetime().toSeconds();
        return response.entity(SessionResponse.of(session)).cookie(refreshCookie(session.refreshToken(), maxAge)).build();
    }

    private NewCookie refreshCookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(REFRESH_COOKIE_PATH)
                .httpOnly(true)
                .secure(config.refreshCookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAgeSeconds)
                .build();
    }
}
