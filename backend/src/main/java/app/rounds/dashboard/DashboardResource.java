package app.rounds.dashboard;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;

@Path("/dashboard/events/{eventId}")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class DashboardResource {

    private final EventDashboardService dashboard;

    DashboardResource(EventDashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Operation(operationId = "getEventDashboard", summary = "What one event produced, as counts and rates (organizers)",
            description = "Registration, the introduction funnel, connections, follow-up plans, referral outcomes and"
                    + " the specialty mix, each figure defined under `definitions`. Counts only: never the content of a"
                    + " note, a referral report, a follow-up task or an introduction request. `from` and `to` narrow"
                    + " the check-ins over time and the follow-up tasks (by due time) to [from, to).")
    @APIResponse(responseCode = "200", description = "The figures as of now",
            content = @Content(schema = @Schema(implementation = EventDashboardResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public EventDashboardResponse get(@PathParam("eventId") UUID eventId,
                                      @QueryParam("from") @Parameter(description = "RFC 3339; counts from this instant on",
                                              schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
                                      @QueryParam("to") @Parameter(description = "RFC 3339; counts before this instant; not before from",
                                              schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to) {
        return dashboard.of(eventId, QueryValues.dateTime("from", from), QueryValues.dateTime("to", to));
    }
}
