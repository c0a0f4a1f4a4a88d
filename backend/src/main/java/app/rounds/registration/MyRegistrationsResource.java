package app.rounds.registration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;
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
    private final CursorCodec cursors;
    private final java.time.Clock clock;
    private final RegistrationViews views;

    MyRegistrationsResource(RegistrationQueries queries, CurrentUser currentUser, java.time.Clock clock, CursorCodec cursors,
                            RegistrationViews views) {
        this.views = views;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "listMyRegistrations", summary = "The caller's events and tickets: upcoming first, or past")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TicketPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response list(@QueryParam("past") @DefaultValue("false") boolean past,
                         @Valid @BeanParam PageRequest page,
                         @QueryParam("eventId") @Parameter(description = "Only the ticket for this event, upcoming or past (past is then ignored)",
                                 schema = @Schema(implementation = UUID.class)) String eventId) {
        var now = clock.instant();
        UUID onlyEvent = QueryValues.uuid("eventId", eventId);
        List<RegistrationQueries.TicketRow> found = queries.ticketsOf(currentUser.id(), onlyEvent, past, now, cursors.after(page), page.fetchSize());
        Slice<RegistrationQueries.TicketRow> slice = cursors.slice(found, page,
                last -> new Cursor(last.event().startsAt(), last.registration().id()));
        return PageLinks.ok(new TicketPage(views.tickets(slice.items(), now), slice.nextCursor()), slice, page);
    }
}
