package app.rounds.attendee;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.NotFound;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;
import app.rounds.common.security.RequiresScope;
import io.quarkus.security.Authenticated;

@Path("/attendees")
@Tag(name = "Profiles")
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class AttendeeResource {

    /** Photo URLs change with each upload, so a copy may be kept; an hour bounds how long a withdrawn one lingers. */
    private static final int PHOTO_MAX_AGE_SECONDS = 3600;

    private final ProfileDirectory directory;
    private final ProfilePhotos photos;
    private final CurrentUser caller;

    AttendeeResource(ProfileDirectory directory, ProfilePhotos photos, CurrentUser caller) {
        this.directory = directory;
        this.photos = photos;
        this.caller = caller;
    }

    @GET
    @Path("/{attendeeId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.ATTENDEES_READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.INTEGRATION_KEY, scopes = "attendees:read")
    @Operation(operationId = "getAttendee", summary = "An attendee's profile, as the caller may see it",
            description = "Visible to the attendee, to organizers and to attendees who share an event with them;"
                    + " contact fields appear only where the owner's visibility settings allow the caller.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public AttendeeProfileResponse get(@PathParam("attendeeId") UUID attendeeId) {
        return (caller.isIntegration() ? directory.visibleToIntegration(caller.id(), attendeeId)
                : directory.visibleTo(caller.id(), caller.isOrganizer(), attendeeId))
                .orElseThrow(() -> new NotFound("Attendee " + attendeeId));
    }

    @GET
    @Path("/{attendeeId}/photo")
    @Produces("image/jpeg")
    @Operation(operationId = "getAttendeePhoto", summary = "An attendee's profile photo, for whoever may see their profile",
            description = "Use the photoUrl a profile gives (it changes with each upload). Answers 404 alike when there"
                    + " is no photo and when the caller may not see the profile.")
    @APIResponse(responseCode = "200", description = "The photo as JPEG",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "The caller's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response photo(@PathParam("attendeeId") UUID attendeeId,
                          @Parameter(description = "thumb (default): a 256-pixel square; full: the whole photo")
                          @QueryParam("size") @DefaultValue("thumb") @Pattern(regexp = "thumb|full") String size,
                          @Parameter(description = "The photo's version, from its photoUrl; only keeps caches apart")
                          @QueryParam("v") @Size(max = 40) String version,
                          @Context Request request) {
        PhotoStore.Stored photo = photos.visibleTo(caller.id(), caller.isOrganizer(), attendeeId,
                "full".equals(size) ? PhotoSize.FULL : PhotoSize.THUMB);
        EntityTag tag = new EntityTag(photo.version() + "-" + size);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(PHOTO_MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(photo.jpeg(), "image/jpeg");
        return answer.tag(tag).cacheControl(cache).build();
    }
}
