package app.rounds.calendar;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.event.Event;
import app.rounds.event.EventService;
import app.rounds.registration.AttendanceCalendar;
import io.quarkus.security.Authenticated;

@Path("/events/{eventId}/calendar.ics")
@Tag(name = "Calendar")
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class EventCalendarResource {

    private static final String CALENDAR = "text/calendar";

    private final EventService events;
    private final CurrentUser caller;

    EventCalendarResource(EventService events, CurrentUser caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Produces(CALENDAR)
    @Operation(operationId = "getEventCalendar", summary = "One event as an iCalendar file, to add to any calendar app",
            description = "Same UID and SEQUENCE as in the subscription feed, so importing it and subscribing do not duplicate it.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(@PathParam("eventId") UUID eventId, @Context UriInfo uri) {
        Event event = events.get(eventId, caller.isOrganizer());
        var entry = new AttendanceCalendar.Entry(event.id(), event.title(), event.description(), event.city(), event.venueName(),
                event.venueAddress(), event.startsAt(), event.endsAt(), event.status(), false, event.revision(),
                event.updatedAt(), event.createdAt());
        String origin = uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority();
        return Response.ok(IcsWriter.single(entry, origin), CALENDAR + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"rounds-event.ics\"")
                .build();
    }
}
