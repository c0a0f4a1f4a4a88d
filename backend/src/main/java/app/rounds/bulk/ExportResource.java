package app.rounds.bulk;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.IntegrationCaller;
import app.rounds.common.security.RequiresScope;

/** An event's lists as CSV files (RFC 4180, UTF-8, a header row), for organizers and integrations with the read scope. */
@Path("/events/{eventId}/exports")
@Tag(name = "Bulk data")
@Produces({CsvMedia.CSV, "application/problem+json"})
@RolesAllowed({CurrentUser.ORGANIZER, IntegrationCaller.ROLE})
public class ExportResource {

    private final EventExports exports;
    private final CurrentUser currentUser;

    ExportResource(EventExports exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/registrations.csv")
    @RequiresScope(ApiScope.REGISTRATIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "registrations:read")
    @Operation(operationId = "exportRegistrations", summary = "An event's registrations and attendees as CSV (organizers)",
            description = "Every registration, any status, in order of arrival, with the attendee's profile as the caller"
                    + " may see it: contact fields only where the attendee shows them to organizers, and for an"
                    + " integration only where the attendee shares them with integrations (and the key holds"
                    + " attendees:read; without it, names only). Cells a spreadsheet would read as a formula start with '.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvMedia.CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response registrations(@PathParam("eventId") UUID eventId) {
        var exporter = new EventExports.Exporter(currentUser.id(), currentUser.isIntegration(),
                currentUser.integration().map(key -> key.holds(ApiScope.ATTENDEES_READ)).orElse(true));
        return file(eventId, "registrations", out -> exports.registrations(eventId, exporter, out));
    }

    @GET
    @Path("/introductions.csv")
    @RequiresScope(ApiScope.INTRODUCTIONS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "introductions:read")
    @Operation(operationId = "exportIntroductions", summary = "An event's introductions as CSV (organizers)",
            description = "Who was introduced to whom, by whom, and how it went (status, answers, met); never the reason"
                    + " or an answer's message.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvMedia.CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response introductions(@PathParam("eventId") UUID eventId) {
        return file(eventId, "introductions", out -> exports.introductions(eventId, out));
    }

    @GET
    @Path("/follow-ups.csv")
    @RequiresScope(ApiScope.FOLLOWUPS_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "followups:read")
    @Operation(operationId = "exportFollowUps", summary = "An event's follow-up outcomes per attendee as CSV (organizers)",
            description = "Counts only, per attendee with a follow-up plan: connections planned for, tasks done, skipped,"
                    + " open and overdue; never a task's title, a note or a referral report.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CsvMedia.CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response followUps(@PathParam("eventId") UUID eventId) {
        return file(eventId, "follow-ups", out -> exports.followUps(eventId, out));
    }

    private Response file(UUID eventId, String list, Consumer<java.io.OutputStream> writer) {
        String title = exports.titleOf(eventId);
        StreamingOutput body = writer::accept;
        return Response.ok(body, CsvMedia.CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(title, list) + "\"")
                .build();
    }

    /** A plain ASCII name, so no header encoding is needed: {@code boston-retina-evening-registrations.csv}. */
    static String fileName(String eventTitle, String list) {
        String slug = java.text.Normalizer.normalize(eventTitle, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return (slug.isEmpty() ? "event" : slug) + "-" + list + ".csv";
    }
}
