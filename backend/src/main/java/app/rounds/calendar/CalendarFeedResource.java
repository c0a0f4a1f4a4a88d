package app.rounds.calendar;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.idempotency.IdempotencyFilter;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** The caller's secret calendar subscription URL, and replacing it. */
@Path("/me/calendar-feed")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final CurrentUser caller;

    CalendarFeedResource(CalendarFeedService feeds, CurrentUser caller) {
        this.feeds = feeds;
        this.caller = caller;
    }

    @Schema(name = "CalendarFeed", description = "Anyone holding the URL can read the calendar; regenerate it to revoke")
    public record FeedResponse(@Schema(required = true, description = "https URL to paste into a calendar app") String url,
                               @Schema(required = true, description = "The same feed as webcal:// for one-tap subscribing") String webcalUrl,
                               @Schema(required = true, description = "When this URL was made") OffsetDateTime createdAt) {
    }

    @GET
    @Operation(operationId = "getCalendarFeed", summary = "The caller's calendar feed URL (made on first use)",
            description = "The feed holds the caller's events and follow-up tasks as VEVENTs; calendar apps refresh it hourly at best.")
    @APIResponse(responseCode = "200", description = "The feed URL")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public FeedResponse get(@Context UriInfo uri) {
        return response(feeds.feedOf(caller.id()), uri);
    }

    @POST
    @Path("/regenerate")
    @Operation(extensions = @Extension(name = IdempotencyFilter.NOT_ACCEPTED, value = "true"),
            operationId = "regenerateCalendarFeed", summary = "Replace the caller's feed URL; the old one stops working at once")
    @APIResponse(responseCode = "200", description = "The new feed URL")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public FeedResponse regenerate(@Context UriInfo uri) {
        return response(feeds.regenerate(caller.id()), uri);
    }

    private static FeedResponse response(CalendarFeedService.Issued issued, UriInfo uri) {
        URI base = uri.getBaseUri();
        String path = "//" + base.getRawAuthority() + "/calendar/" + issued.token() + ".ics";
        return new FeedResponse(base.getScheme() + ":" + path, "webcal:" + path, issued.createdAt().atOffset(ZoneOffset.UTC));
    }
}
