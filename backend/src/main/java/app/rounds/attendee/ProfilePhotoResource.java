package app.rounds.attendee;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.rounds.common.error.UnsupportedContent;
import app.rounds.common.openapi.ApiDocs;
import app.rounds.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** The caller's own profile photo. */
@Path("/me/profile/photo")
@Tag(name = "Profiles")
@Authenticated
@SecurityRequirement(name = ApiDocs.BEARER)
public class ProfilePhotoResource {

    private final ProfilePhotos photos;
    private final CurrentUser caller;

    ProfilePhotoResource(ProfilePhotos photos, CurrentUser caller) {
        this.photos = photos;
        this.caller = caller;
    }

    @Schema(name = "ProfilePhoto")
    public record Saved(@Schema(required = true, description = "Where the photo is served; a new upload gets a new URL."
            + " Add size=full for the whole photo") String photoUrl) {
    }

    @PUT
    @Consumes({"image/jpeg", "image/png", "image/webp"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyProfilePhoto", summary = "Upload the caller's profile photo, replacing any before",
            description = "The body is the image itself, at most 5 MB. Rounds decodes it and stores new JPEGs (a square"
                    + " 256-pixel thumbnail, centre-cropped, and the photo at most 1024 pixels a side), so none of the"
                    + " upload's metadata (EXIF, location) is kept.")
    @APIResponse(responseCode = "200", description = "The photo is saved")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "413", ref = ApiDocs.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Saved replace(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                         @RequestBody(required = true, content = {
                                 @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                 @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                 @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
                         byte[] photo) {
        if (contentType == null) {
            throw new UnsupportedContent("Send the photo with its Content-Type: image/jpeg, image/png or image/webp");
        }
        String mediaType = (contentType.getType() + "/" + contentType.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        return new Saved(photos.replace(caller.id(), mediaType, photo));
    }

    @DELETE
    @Operation(operationId = "removeMyProfilePhoto", summary = "Remove the caller's profile photo; others see initials again")
    @APIResponse(responseCode = "204", description = "There is no photo now")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public void remove() {
        photos.remove(caller.id());
    }
}
