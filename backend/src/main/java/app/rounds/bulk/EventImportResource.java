package app.rounds.bulk;

import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.UnsupportedContent;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;

/** Starts a registration import from a ticketing platform's attendee list (organizers). */
@Path("/events/{eventId}/imports")
@Tag(name = "Bulk data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ORGANIZER)
@SecurityRequirement(name = ApiDocs.BEARER)
public class EventImportResource {

    private final RegistrationImports imports;
    private final CurrentUser currentUser;

    EventImportResource(RegistrationImports imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(CsvMedia.CSV)
    @Operation(operationId = "startRegistrationImport", summary = "Import registrations from a CSV attendee list (organizers)",
            description = "The body is the CSV file itself (UTF-8, a byte-order mark is fine; RFC 4180 with a header row)."
                    + " Columns are found by name, Eventbrite's attendee export by default; the parameters name other"
                    + " columns. Each row's email finds its account, or a new attendee account is made and mailed an"
                    + " invitation to choose a password; the person is registered under the event's capacity (seat or"
                    + " waitlist). Importing a file again imports nobody twice. The rows are imported in the background:"
                    + " follow the Location for progress, and GET /imports/{importId}/rows for the report.")
    @APIResponse(responseCode = "202", description = "Accepted; the rows are being imported",
            content = @Content(schema = @Schema(implementation = ImportResponses.Job.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public Response start(@PathParam("eventId") UUID eventId,
                          @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                          @QueryParam("firstNameColumn") @Parameter(description = "Default: First Name") @Size(max = 200)
                          String firstNameColumn,
                          @QueryParam("lastNameColumn") @Parameter(description = "Default: Last Name") @Size(max = 200)
                          String lastNameColumn,
                          @QueryParam("emailColumn") @Parameter(description = "Default: Email") @Size(max = 200) String emailColumn,
                          @RequestBody(required = true, content = @Content(mediaType = CsvMedia.CSV,
                                  schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream file) {
        String charset = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8")) {
            throw new UnsupportedContent("The file must be UTF-8 text, not " + charset);
        }
        var started = imports.start(eventId, currentUser.id(), file,
                ImportFile.ColumnMapping.of(firstNameColumn, lastNameColumn, emailColumn));
        return Response.accepted(ImportResponses.Job.of(started))
                .location(UriBuilder.fromResource(ImportResource.class).build(started.id()))
                .build();
    }
}
