package app.rounds.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    private final CursorCodec cursors;

    ReferralResource(ReferralService reports, CurrentUser caller, CursorCodec cursors) {
        this.reports = reports;
        this.caller = caller;
        this.cursors = cursors;
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
                         @Valid @BeanParam PageRequest page) {
        List<ReferralReport> found = reports.mine(connectionId, caller.id(), cursors.after(page), page.fetchSize());
        Slice<ReferralReport> slice = cursors.slice(found, page, last -> new Cursor(last.createdAt(), last.id()));
        var body = new ReferralResponse.Page(slice.items().stream().map(ReferralResponse::of).toList(), slice.nextCursor(),
                List.copyOf(reports.procedureTags(connectionId, caller.id(), caller.isOrganizer())));
        return PageLinks.ok(body, slice, page);
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
