package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;
import app.rounds.event.EventResponse;
import app.rounds.registration.RegistrationRequests.Ticket;
import app.rounds.registration.RegistrationRequests.TicketPage;
import io.quarkus.security.Authenticated;

@Path("/me/registrations")
@Tag(name = "Registration")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class MyRegistrationsResource {

    private final RegistrationQueries queries;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    MyRegistrationsResource(RegistrationQueries queries, CurrentUser currentUser, java.time.Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listMyRegistrations", summary = "The caller's events and tickets: upcoming first, or past")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TicketPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response list(@QueryParam("past") @DefaultValue("false") boolean past,
                         @QueryParam("cursor") @Size(max = 200) String cursor,
                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                         @QueryParam("eventId") @Parameter(description = "Only the ticket for this event, upcoming or past (past is then ignored)",
                                 schema = @Schema(implementation = UUID.class)) String eventId,
                         @Context UriInfo uri) {
        var now = clock.instant();
        UUID onlyEvent = QueryValues.uuid("eventId", eventId);
        List<RegistrationQueries.TicketRow> found = queries.ticketsOf(currentUser.id(), onlyEvent, past, now, Cursor.decode(cursor), limit + 1);
        Slice<RegistrationQueries.TicketRow> page = Slice.of(found, limit,
                last -> new Cursor(last.event().startsAt(), last.registration().id()));
        List<Ticket> items = page.items().stream().map(row -> new Ticket(
                RegistrationResponse.of(row.registration(), row.attendeeName(), row.waitlistRank(), true),
                EventResponse.of(row.event(), now))).toList();
        return PageLinks.ok(new TicketPage(items, page.nextCursor()), page.nextCursor(), uri);
    }
}
