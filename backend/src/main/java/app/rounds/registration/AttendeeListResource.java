package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.common.error.NotAllowed;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.RequiresScope;
import io.quarkus.security.Authenticated;

/**
 * Who attends an event, each profile filtered by its owner's visibility rules. At most three statements per page
 * whatever its size: access, the page of attendees with their profiles (unless {@link AttendeePageCache} holds it),
 * and the viewer's connections among them.
 */
@Path("/events/{eventId}/attendees")
@Tag(name = "Registration")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class AttendeeListResource {

    private final RegistrationQueries queries;
    private final ProfileDirectory profiles;
    private final AttendeePageCache pages;
    private final CursorCodec cursors;
    private final CurrentUser currentUser;

    AttendeeListResource(RegistrationQueries queries, ProfileDirectory profiles, AttendeePageCache pages, CursorCodec cursors,
                         CurrentUser currentUser) {
        this.cursors = cursors;
        this.queries = queries;
        this.profiles = profiles;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @Schema(name = "EventAttendee")
    public record EventAttendee(@Schema(required = true) UUID registrationId,
                                @Schema(required = true) boolean checkedIn,
                                @Schema(required = true) AttendeeProfileResponse profile) {
    }

    @Schema(name = "EventAttendeePage")
    public record Page(@Schema(required = true) List<EventAttendee> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }

    @GET
    @RequiresScope(ApiScope.ATTENDEES_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "attendees:read")
    @Operation(operationId = "listEventAttendees",
            summary = "Who attends an event (registered or checked in), for organizers and for its attendees",
            description = "The event's directory: search by name and filter by specialty, city and referral tags (filters"
                    + " combine). Only fields every viewer of the list may see are searched.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response list(@PathParam("eventId") UUID eventId,
                         @QueryParam("q") @Parameter(description = "Part of the attendee's name") @Size(max = 120) String q,
                         @QueryParam("specialty") @Parameter(description = "A specialty code (GET /specialties)")
                         @Size(max = 10) String specialty,
                         @QueryParam("city") @Parameter(description = "Part of the city") @Size(max = 120) String city,
                         @QueryParam("wantsReferred") @Parameter(description = "A tag the attendee wants referred")
                         @Size(max = 60) String wantsReferred,
                         @QueryParam("refersOut") @Parameter(description = "A tag the attendee refers out")
                         @Size(max = 60) String refersOut,
                         @Valid @BeanParam PageRequest page) {
        UUID viewer = currentUser.id();
        boolean organizer = currentUser.isOrganizer();
        boolean seated = queries.holdsSeat(eventId, viewer, organizer);
        if (!seated && !organizer) {
            throw new NotAllowed("Only the event's registered attendees and organizers see who attends");
        }
        Cursor after = cursors.after(page);
        ProfileDirectory.SeatFilter filter = ProfileDirectory.SeatFilter.of(q, specialty, city, wantsReferred, refersOut);
        ProfileDirectory.SeatPage seats = pages.page(eventId, filter, after == null ? null : after.at(),
                after == null ? null : after.id(), page.limit());
        List<ProfileDirectory.EventAttendeeView> found = currentUser.isIntegration() ? profiles.presentToIntegration(seats)
                : profiles.present(seats, viewer, organizer, seated);
        Slice<ProfileDirectory.EventAttendeeView> slice = cursors.slice(found, page,
                last -> new Cursor(last.registeredAt(), last.registrationId()));
        List<EventAttendee> items = slice.items().stream()
                .filter(attendee -> attendee.profile() != null)
                .map(attendee -> new EventAttendee(attendee.registrationId(), attendee.checkedIn(), attendee.profile()))
                .toList();
        return PageLinks.ok(new Page(items, slice.nextCursor()), slice, page);
    }
}
