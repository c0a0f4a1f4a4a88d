package app.rounds.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/connections/{connectionId}/referral-reports")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ReferralResource {

    private final ReferralService reports;
    private final CurrentUser caller;

    ReferralResource(ReferralService reports, CurrentUser caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listReferralReports", summary = "The caller's referral reports on one of their connections, newest first",
            description = "Only the author's own reports; the other physician never sees them.")
    @APIResponse(responseCode = "200", description = "One page, with the procedure tags a new report may name",
            content = @Content(schema = @Schema(implementation = ReferralResponse.Page.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response list(@PathParam("connectionId") UUID connectionId,
                         @QueryParam("cursor") @Size(max = 200) String cursor,
                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                         @Context UriInfo uri) {
        List<ReferralReport> found = reports.mine(connectionId, caller.id(), Cursor.decode(cursor), limit + 1);
        Slice<ReferralReport> page = Slice.of(found, limit, last -> new Cursor(last.createdAt(), last.id()));
        var body = new ReferralResponse.Page(page.items().stream().map(ReferralResponse::of).toList(), page.nextCursor(),
                List.copyOf(reports.procedureTags(connectionId, caller.id(), caller.isOrganizer())));
        return PageLinks.ok(body, page.nextCursor(), uri);
    }

    @POST
    @Operation(operationId = "recordReferralReport", summary = "Record referrals sent to or received from one of the caller's connections")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response record(@PathParam("connectionId") UUID connectionId,
                           @RequestBody(required = true) @Valid @NotNull ReferralRequest request) {
        ReferralResponse report = ReferralResponse.of(reports.record(connectionId, caller.id(), caller.isOrganizer(), request));
        return Response.created(URI.create("/api/v1/connections/" + connectionId + "/referral-reports/" + report.id()))
                .entity(report).build();
    }
}
