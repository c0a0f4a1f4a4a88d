package app.rounds.registration;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.ShortCodes;
import app.rounds.common.throttle.TypedCodeThrottle;
import app.rounds.common.web.ClientAddress;
import app.rounds.registration.RegistrationRequests.CheckInRequest;
import app.rounds.registration.RegistrationRequests.CheckInResult;
import app.rounds.registration.RegistrationRequests.CheckInSummary;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;

@Path("/events/{eventId}/check-ins")
@Tag(name = "Registration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class CheckInResource {

    /** Enough to recognise the last few people through the door, small enough to poll every few seconds. */
    private static final int LATEST_CHECK_INS = 5;

    private final RegistrationService registrations;
    private final RegistrationQueries queries;
    private final RegistrationViews views;
    private final AttendanceFigures figures;
    private final Clock clock;

    private final TypedCodeThrottle typedCodes;
    private final CurrentUser caller;

    CheckInResource(RegistrationService registrations, RegistrationQueries queries, RegistrationViews views,
                    AttendanceFigures figures, Clock clock, TypedCodeThrottle typedCodes, CurrentUser caller) {
        this.views = views;
        this.figures = figures;
        this.clock = clock;
        this.registrations = registrations;
        this.queries = queries;
        this.typedCodes = typedCodes;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Operation(operationId = "checkIn", summary = "Check an attendee in at the door, by scanned ticket or registration (organizers)",
            description = "Checking in twice is harmless: the answer says the attendee was already in.")
    @APIResponse(responseCode = "200", description = "Checked in (or already was)")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public CheckInResult checkIn(@PathParam("eventId") UUID eventId,
                                 @RequestBody(required = true) @Valid @NotNull CheckInRequest request, RoutingContext http) {
        long given = Stream.of(request.ticketToken(), request.ticketCode(), request.registrationId()).filter(Objects::nonNull).count();
        if (given != 1) {
            throw new InvalidInput("ticketToken", "give exactly one of ticketToken, ticketCode or registrationId");
        }
        String ticketCode = null;
        if (request.ticketCode() != null) {
            ticketCode = ShortCodes.normalise(request.ticketCode()).orElseThrow(() -> new InvalidInput("ticketCode",
                    "is not a ticket code: " + ShortCodes.LENGTH + " letters and digits, as printed under the QR code"));
            typedCodes.reserve(caller.id(), ClientAddress.of(http));
        }
        var result = registrations.checkIn(eventId, request.ticketToken(), ticketCode, request.registrationId());
        if (ticketCode != null) {
            typedCodes.succeeded(caller.id(), ClientAddress.of(http));
        }
        return new CheckInResult(views.ofEvent(List.of(queries.one(result.registration()))).get(0), result.alreadyCheckedIn());
    }

    @GET
    @Path("/summary")
    @RolesAllowed(CurrentUser.ORGANIZER)
    @Operation(operationId = "getCheckInSummary", summary = "Arrived of registered, and the latest check-ins (organizers)",
            description = "Small enough for the door to poll every few seconds.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public CheckInSummary summary(@PathParam("eventId") UUID eventId) {
        // Organizers need no seat; this only refuses an event that does not exist.
        queries.holdsSeat(eventId, caller.id(), true);
        AttendanceFigures.Attendance attendance = figures.of(eventId, clock.instant());
        return new CheckInSummary(attendance.registered(), attendance.checkedIn(),
                views.ofEvent(queries.latestCheckIns(eventId, LATEST_CHECK_INS)));
    }
}
