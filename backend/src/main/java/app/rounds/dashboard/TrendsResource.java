package app.rounds.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/dashboard/trends")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class TrendsResource {

    private final TrendsService trends;

    TrendsResource(TrendsService trends) {
        this.trends = trends;
    }

    @GET
    @Operation(operationId = "getDashboardTrends", summary = "Events over time, and who registers without coming (organizers)",
            description = "Per published or held event starting in [from, to) (and in the city, ignoring case): seats,"
                    + " attendance split into first-timers and returning attendees, connections per attendee, the"
                    + " follow-up rate and referrals reported. Counts and rates only, each defined under `definitions`.")
    @APIResponse(responseCode = "200", description = "The figures as of now",
            content = @Content(schema = @Schema(implementation = TrendsResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public TrendsResponse get(@QueryParam("city") @Parameter(description = "Only events in this city (letters, spaces, . ' -)",
                                      schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String city,
                              @QueryParam("from") @Parameter(description = "RFC 3339; events starting from this instant on",
                                      schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
                              @QueryParam("to") @Parameter(description = "RFC 3339; events starting before this instant; not before from",
                                      schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to) {
        return trends.of(city, QueryValues.dateTime("from", from), QueryValues.dateTime("to", to));
    }
}
