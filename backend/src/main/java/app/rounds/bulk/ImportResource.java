package app.rounds.bulk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

import app.rounds.common.error.InvalidInput;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.paging.Cursor;
import app.rounds.common.paging.CursorCodec;
import app.rounds.common.paging.PageLinks;
import app.rounds.common.paging.PageRequest;
import app.rounds.common.paging.Slice;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.web.QueryValues;

/** A registration import's progress and its per-row report (organizers). */
@Path("/imports/{importId}")
@Tag(name = "Bulk data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class ImportResource {

    private final RegistrationImports imports;
    private final CursorCodec cursors;

    ImportResource(RegistrationImports imports, CursorCodec cursors) {
        this.imports = imports;
        this.cursors = cursors;
    }

    @GET
    @Operation(operationId = "getRegistrationImport", summary = "An import's state and counts so far")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportResponses.Job.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ImportResponses.Job get(@PathParam("importId") UUID importId) {
        return ImportResponses.Job.of(imports.progress(importId));
    }

    @GET
    @Path("/rows")
    @Operation(operationId = "listRegistrationImportRows", summary = "An import's report, row by row in file order")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ImportResponses.RowPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response rows(@PathParam("importId") UUID importId,
                         @QueryParam("outcome") @Parameter(schema = @Schema(implementation = ImportOutcome.class)) String outcome,
                         @Valid @BeanParam PageRequest page) {
        ImportOutcome listed = QueryValues.oneOf("outcome", outcome, ImportOutcome.class);
        Cursor after = cursors.after(page);
        if (after != null && !after.id().equals(importId)) {
            throw new InvalidInput("cursor", "This cursor belongs to another import's report");
        }
        // The report is keyed by row number, carried in the cursor's time field as the waitlist's place in line is.
        int afterRow = after == null ? 0 : (int) after.at().getEpochSecond();
        List<ImportJobs.ReportRow> found = imports.report(importId, listed, afterRow, page.fetchSize());
        Slice<ImportJobs.ReportRow> slice = cursors.slice(found, page, last -> new Cursor(Instant.ofEpochSecond(last.row()), importId));
        return PageLinks.ok(new ImportResponses.RowPage(slice.items().stream().map(ImportResponses.Row::of).toList(),
                slice.nextCursor()), slice, page);
    }
}
